package com.sneakers.marketplace.trading;

/** The outcome of cancelling a bid or an ask. */
public sealed interface CancelResult {

    record Cancelled(Offer offer) implements CancelResult {}

    /** There is no such offer, or it belongs to someone else: the two are never told apart. */
    record NotFound() implements CancelResult {}

    /** The offer is already matched, cancelled or expired. */
    record NotCancellable(OfferStatus currentStatus) implements CancelResult {}
}
