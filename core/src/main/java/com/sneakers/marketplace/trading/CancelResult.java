package com.sneakers.marketplace.trading;

/** The outcome of cancelling a bid or an ask. */
public sealed interface CancelResult {

    record Cancelled(Order order) implements CancelResult {}

    /** There is no such order, or it belongs to someone else: the two are never told apart. */
    record NotFound() implements CancelResult {}

    /** The order is already matched, cancelled or expired. */
    record NotCancellable(OrderStatus currentStatus) implements CancelResult {}
}
