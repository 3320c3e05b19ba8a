package com.sneakers.marketplace.catalog;

/** The outcome of adding a size to a product. */
public sealed interface AddSizeResult
        permits AddSizeResult.Added, AddSizeResult.ProductNotFound, AddSizeResult.SizeExists, Invalid {

    record Added(Size size) implements AddSizeResult {}

    record ProductNotFound(long productId) implements AddSizeResult {}

    /** The product already has this size, given in its canonical form (such as {@code "10"} for "10.0"). */
    record SizeExists(String value) implements AddSizeResult {}
}
