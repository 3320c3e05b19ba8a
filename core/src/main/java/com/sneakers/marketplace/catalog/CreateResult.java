package com.sneakers.marketplace.catalog;

/** The outcome of creating a product. */
public sealed interface CreateResult permits CreateResult.Created, SkuTaken, Invalid {

    record Created(Product product) implements CreateResult {}
}
