/** The clock functions run on, which the local runtime can move forward. */
package com.sneakers.marketplace.platform.time;
