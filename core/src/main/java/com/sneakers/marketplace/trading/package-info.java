/** Bids, asks and their matching on the books of each product size, and the public market data of those books. */
package com.sneakers.marketplace.trading;
