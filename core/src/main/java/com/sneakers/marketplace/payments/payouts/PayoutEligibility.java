package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.platform.money.Money;
import java.util.Optional;

/**
 * When a pending payout may be transferred, and how much: its order is {@code completed}, no refund is
 * pending and no card dispute open, something is left of the seller's share after refunds ({@code
 * owed}), the seller has an account with payouts enabled, and the buyer's charge is known (the transfer
 * is funded by it).
 */
public final class PayoutEligibility {
    private PayoutEligibility() {}

    public static PayoutDecision decide(
            OrderStatus orderStatus, Funding funding, Money owed, Optional<SellerAccount> account) {
        if (orderStatus != OrderStatus.COMPLETED) {
            return new PayoutDecision.Refuse("the order is " + orderStatus.wire() + ", not completed");
        }
        if (funding.refundPending()) {
            return new PayoutDecision.Wait("a refund of the order is pending");
        }
        if (funding.disputeOpen()) {
            return new PayoutDecision.Wait("the buyer's card issuer opened a dispute");
        }
        if (owed.amount().signum() <= 0) {
            return new PayoutDecision.Refuse("the buyer was refunded the seller's whole share");
        }
        if (account.isEmpty()) {
            return new PayoutDecision.Wait("the seller has no payout account");
        }
        if (!account.get().payoutsEnabled()) {
            return new PayoutDecision.Wait(
                    "the seller's account " + account.get().stripeAccountId() + " cannot receive payouts yet");
        }
        if (funding.chargeId().isEmpty()) {
            return new PayoutDecision.Wait("the order's charge is not known yet");
        }
        return new PayoutDecision.Transfer(
                account.get().stripeAccountId(), funding.chargeId().get(), owed);
    }
}
