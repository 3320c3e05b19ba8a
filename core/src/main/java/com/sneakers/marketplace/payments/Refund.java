package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.platform.money.Money;

/** A Stripe refund: pending, succeeded, failed, canceled or requires_action. */
public record Refund(String id, String status, long amountCents) {

    /** The refunded amount, in the currency of the payment it refunds. */
    public Money amountIn(String currency) {
        return Money.ofMinorUnits(amountCents, currency);
    }
}
