package com.sneakers.marketplace.catalog;

/** The outcome of changing a product. */
public sealed interface UpdateResult permits UpdateResult.Updated, UpdateResult.NotFound, SkuTaken, Invalid {

    record Updated(Product product) implements UpdateResult {}

    record NotFound(long id) implements UpdateResult {}
}
