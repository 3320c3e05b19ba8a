/** The current transaction as domain services see it, free of JDBC. */
package com.sneakers.marketplace.platform.transaction;
