/** The local stand-in for Lambda, running each function in its own JVM behind the Lambda Runtime API. */
package com.sneakers.marketplace.local.lambda;
