package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.platform.money.Money;
import java.util.Map;

/** A PaymentIntent to create: the amount in cents, a lower-case ISO currency, metadata for our ids. */
public record NewPaymentIntent(long amountCents, String currency, Map<String, String> metadata, String idempotencyKey) {
    public NewPaymentIntent {
        if (amountCents <= 0) {
            throw new IllegalArgumentException("A payment is for a positive amount, not " + amountCents);
        }
        metadata = Map.copyOf(metadata);
    }

    public static NewPaymentIntent of(Money amount, Map<String, String> metadata, String idempotencyKey) {
        return new NewPaymentIntent(amount.minorUnits(), amount.lowerCaseCurrency(), metadata, idempotencyKey);
    }
}
