package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.platform.money.Money;
import java.util.OptionalLong;

/**
 * A refund of a PaymentIntent's charge: everything left when {@code amountCents} is empty. The reason is
 * ours (kept in the refund's metadata), not one of Stripe's three reporting codes.
 */
public record NewRefund(String paymentIntentId, OptionalLong amountCents, String reason, String idempotencyKey) {

    public static NewRefund of(String paymentIntentId, Money amount, String reason, String idempotencyKey) {
        return new NewRefund(paymentIntentId, OptionalLong.of(amount.minorUnits()), reason, idempotencyKey);
    }
}
