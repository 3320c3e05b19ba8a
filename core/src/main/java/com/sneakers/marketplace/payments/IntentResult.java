package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.orders.OrderStatus;

/** What became of a request for an order's PaymentIntent. */
public sealed interface IntentResult {

    /** A PaymentIntent and its payment were made now. */
    record Created(Payment payment, String clientSecret) implements IntentResult {}

    /** The order already had its payment; nothing new was made. */
    record Existing(Payment payment, String clientSecret) implements IntentResult {}

    /** No such order, or not the caller's. */
    record OrderNotFound() implements IntentResult {}

    /** The order is not waiting for payment. */
    record OrderNotPayable(OrderStatus status) implements IntentResult {}

    /** Stripe refused to make the PaymentIntent. */
    record GatewayRefused(String message) implements IntentResult {}
}
