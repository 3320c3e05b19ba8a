/** The HTTP API function: the API Gateway handler, its wiring and the endpoints of every domain. */
package com.sneakers.marketplace.functions.httpapi;
