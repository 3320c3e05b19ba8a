package com.sneakers.marketplace.catalog;

/** A size a product is traded in, such as US {@code "10.5"}. */
public record Size(long id, long productId, String value, String system, int position) {}
