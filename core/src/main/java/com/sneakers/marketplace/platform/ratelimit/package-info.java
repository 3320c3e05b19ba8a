/** Per-client request rate limiting with DynamoDB counters. */
package com.sneakers.marketplace.platform.ratelimit;
