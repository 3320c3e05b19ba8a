package com.sneakers.marketplace.catalog;

/** A checked product list request; a null brand or category means any. */
public record ProductListing(Paging paging, String brand, String category, ProductSort sort) {}
