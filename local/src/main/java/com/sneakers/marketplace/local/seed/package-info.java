/** The starter catalogue the local marketplace is seeded with. */
package com.sneakers.marketplace.local.seed;
