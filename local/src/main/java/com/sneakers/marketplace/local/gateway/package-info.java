/** The local stand-in for API Gateway, serving the template's HTTP API routes on localhost. */
package com.sneakers.marketplace.local.gateway;
