/** What kinds of failure callers should treat as passing. */
package com.sneakers.marketplace.platform.failure;
