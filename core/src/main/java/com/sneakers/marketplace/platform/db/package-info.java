/** The database: its connection pools, credentials, schema migrations, transactions and timestamp columns. */
package com.sneakers.marketplace.platform.db;
