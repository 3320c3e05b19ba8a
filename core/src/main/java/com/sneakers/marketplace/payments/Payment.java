package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The payment of one order: the buyer's money in {@code amount} (scale 2), its Stripe PaymentIntent,
 * and what has been refunded of it. {@code paymentId} is the internal id shown to clients.
 */
public record Payment(
        long id,
        String paymentId,
        long orderId,
        long userId,
        String stripePaymentIntentId,
        String stripeChargeId,
        BigDecimal amount,
        String currency,
        PaymentStatus status,
        String cardBrand,
        String cardLast4,
        BigDecimal refundedAmount,
        Instant processedAt,
        Instant refundedAt,
        Instant createdAt,
        Instant updatedAt) {

    /** What the buyer paid. */
    public Money total() {
        return Money.of(amount, currency);
    }
}
