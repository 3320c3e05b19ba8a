package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.platform.money.Money;
import java.time.Instant;

/**
 * The payment of one order: the buyer's money in {@code amount}, its Stripe PaymentIntent,
 * and what has been refunded of it. {@code paymentId} is the internal id shown to clients.
 */
public record Payment(
        long id,
        String paymentId,
        long orderId,
        long userId,
        String stripePaymentIntentId,
        String stripeChargeId,
        Money amount,
        PaymentStatus status,
        String cardBrand,
        String cardLast4,
        Money refundedAmount,
        Instant processedAt,
        Instant refundedAt,
        Instant createdAt,
        Instant updatedAt) {

    public String currency() {
        return amount.currency();
    }
}
