/** Live checks of a function's dependencies, run together under a deadline and reported one by one. */
package com.sneakers.marketplace.platform.health;
