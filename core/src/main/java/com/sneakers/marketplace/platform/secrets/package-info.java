/** Secrets Manager values, cached in the container. */
package com.sneakers.marketplace.platform.secrets;
