package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.platform.events.EventDetail;
import java.time.Instant;
import java.util.UUID;

/** The detail of the {@code payment.*} events: the payment as it now stands. Amounts are decimal strings. */
public record PaymentEvent(
        UUID eventId,
        Instant occurredAt,
        String paymentId,
        long orderId,
        long buyerId,
        String status,
        String amount,
        String refundedAmount,
        String currency,
        String stripePaymentIntentId,
        String stripeChargeId)
        implements EventDetail {
    public static final String SOURCE = "marketplace.payments";
    public static final String SUCCEEDED = "payment.succeeded";
    /** A refund succeeded, in part or in full. */
    public static final String REFUNDED = "payment.refunded";
}
