/** The sweeper function, which does the marketplace's timed work in bounded batches when its schedule fires. */
package com.sneakers.marketplace.functions.sweeper;
