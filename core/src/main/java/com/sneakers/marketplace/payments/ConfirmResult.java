package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.orders.OrderStatus;
import java.util.Optional;

/** What became of a server-side confirmation; the payment's final state arrives by webhook. */
public sealed interface ConfirmResult {

    /** Stripe accepted the confirmation; {@code intentStatus} is the PaymentIntent's status now. */
    record Confirmed(Payment payment, String intentStatus) implements ConfirmResult {}

    /** No such payment, or not the caller's. */
    record NotFound() implements ConfirmResult {}

    /** The payment is past being confirmed (succeeded, cancelled, refunded). */
    record NotConfirmable(PaymentStatus status) implements ConfirmResult {}

    /** The order can no longer be paid (cancelled meanwhile): nothing was sent to Stripe. */
    record OrderNotPayable(OrderStatus status) implements ConfirmResult {}

    /** The card was refused. */
    record Declined(String code, Optional<String> declineCode, String message) implements ConfirmResult {}

    /** Another confirmation got there first: Stripe's intent is {@code intentStatus} and its webhook settles it. */
    record AlreadyConfirmed(String intentStatus) implements ConfirmResult {}

    /** Stripe refused the request. */
    record GatewayRefused(String message) implements ConfirmResult {}
}
