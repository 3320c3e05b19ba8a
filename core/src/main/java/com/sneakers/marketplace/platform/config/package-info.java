/** A function's configuration from its environment, and values made only on first use. */
package com.sneakers.marketplace.platform.config;
