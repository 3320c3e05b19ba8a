package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.orders.OrderStatus;
import java.util.Optional;

/**
 * When a pending payout may be transferred: its order is {@code completed}, the seller has an account
 * with payouts enabled, and the buyer's charge is known (the transfer is funded by it).
 */
public final class PayoutEligibility {
    private PayoutEligibility() {}

    public static PayoutDecision decide(
            OrderStatus orderStatus, Optional<SellerAccount> account, Optional<String> chargeId) {
        if (orderStatus != OrderStatus.COMPLETED) {
            return new PayoutDecision.Refuse("the order is " + orderStatus.wire() + ", not completed");
        }
        if (account.isEmpty()) {
            return new PayoutDecision.Wait("the seller has no payout account");
        }
        if (!account.get().payoutsEnabled()) {
            return new PayoutDecision.Wait(
                    "the seller's account " + account.get().stripeAccountId() + " cannot receive payouts yet");
        }
        if (chargeId.isEmpty()) {
            return new PayoutDecision.Wait("the order's charge is not known yet");
        }
        return new PayoutDecision.Transfer(account.get().stripeAccountId(), chargeId.get());
    }
}
