package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.platform.money.Money;
import java.util.Optional;

/**
 * A Stripe PaymentIntent as the marketplace needs it; {@code card} once a card is attached, and
 * {@code amountReceivedCents} what Stripe says it captured.
 */
public record PaymentIntent(
        String id,
        String clientSecret,
        String status,
        long amountCents,
        long amountReceivedCents,
        String currency,
        Optional<String> latestChargeId,
        Optional<Card> card) {
    public static final String SUCCEEDED = "succeeded";
    public static final String CANCELED = "canceled";
    public static final String REQUIRES_PAYMENT_METHOD = "requires_payment_method";

    /** What Stripe captured, in the intent's currency. */
    public Money received() {
        return Money.ofMinorUnits(amountReceivedCents, currency);
    }
}
