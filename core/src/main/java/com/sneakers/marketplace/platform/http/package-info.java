/** The HTTP pipeline every API request passes through, with its requests, responses, routes and problem details. */
package com.sneakers.marketplace.platform.http;
