package com.sneakers.marketplace.payments;

import java.util.Optional;

/** A Stripe PaymentIntent as the marketplace needs it; {@code card} once a card is attached. */
public record PaymentIntent(
        String id,
        String clientSecret,
        String status,
        long amountCents,
        String currency,
        Optional<String> latestChargeId,
        Optional<Card> card) {
    public static final String SUCCEEDED = "succeeded";
    public static final String CANCELED = "canceled";
    public static final String REQUIRES_PAYMENT_METHOD = "requires_payment_method";
}
