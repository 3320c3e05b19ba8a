package com.sneakers.marketplace.identity;

/** The outcome of deleting an address. */
public sealed interface DeleteAddressResult permits DeleteAddressResult.Deleted, NotFound {

    record Deleted() implements DeleteAddressResult {}
}
