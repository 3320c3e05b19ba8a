package com.sneakers.marketplace.catalog;

/** Another product already has this SKU. */
public record SkuTaken(String sku) implements CreateResult, UpdateResult {}
