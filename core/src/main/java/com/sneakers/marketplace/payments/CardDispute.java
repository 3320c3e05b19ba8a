package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.platform.money.Money;

/**
 * A card dispute (chargeback) of a payment as Stripe reports it; {@code status} is Stripe's
 * ({@code warning_needs_response}, {@code needs_response}, {@code under_review}, {@code won},
 * {@code lost}, ...).
 */
public record CardDispute(String stripeDisputeId, Money amount, String reason, String status) {

    public boolean isClosed() {
        return isWon() || isLost();
    }

    public boolean isWon() {
        return "won".equals(status) || "warning_closed".equals(status);
    }

    public boolean isLost() {
        return "lost".equals(status);
    }
}
