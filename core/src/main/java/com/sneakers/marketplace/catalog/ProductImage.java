package com.sneakers.marketplace.catalog;

/** A picture of a product; images are shown in {@code position} order. */
public record ProductImage(String url, String altText, int position) {}
