package com.sneakers.marketplace.catalog;

import com.sneakers.marketplace.platform.paging.Paging;

/** A checked product list request; a null brand or category means any. */
public record ProductListing(Paging paging, String brand, String category, ProductSort sort) {}
