/**
 * The product catalogue: products with their images and sizes, their browsing and search, and the admin
 * writes, with refusals as results.
 */
package com.sneakers.marketplace.catalog;
