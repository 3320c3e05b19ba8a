package com.sneakers.marketplace.payments;

import java.math.BigDecimal;

/** What became of a refund request. */
public sealed interface RefundResult {

    /** Stripe made the refund; the payment as it stands after it. */
    record Requested(Payment payment, PaymentRefund refund) implements RefundResult {}

    record NotFound() implements RefundResult {}

    /** Nothing was captured, or everything was refunded already. */
    record NotRefundable(PaymentStatus status) implements RefundResult {}

    /** More than what is left of the captured amount. */
    record ExceedsCeiling(BigDecimal remaining) implements RefundResult {}

    record NotPositive() implements RefundResult {}

    record GatewayRefused(String message) implements RefundResult {}

    /** The seller's payout is being transferred right now; asked again in a moment, the refund reverses it. */
    record PayoutInFlight() implements RefundResult {}
}
