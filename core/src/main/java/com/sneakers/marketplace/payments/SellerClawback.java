package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.platform.money.Money;

/**
 * Takes back from a seller the share of a refund that was already transferred to them. Called under the
 * order's row lock, in the refund's transaction, before the buyer's money goes back.
 */
public interface SellerClawback {

    /** Reverses up to {@code share} of the order's paid transfer, keyed by {@code idempotencyKey}. */
    Clawback reclaim(OrderId orderId, Money share, String idempotencyKey);

    /** What a refund must know about the seller's share. */
    sealed interface Clawback {
        /** Nothing was transferred yet: the payout will be made smaller (or not at all). */
        record NothingPaidOut() implements Clawback {}

        /** A transfer is being made right now: the refund must wait for it. */
        record TransferInFlight() implements Clawback {}

        record Reversed(Money amount) implements Clawback {}

        /** Stripe refused the reversal. */
        record Refused(String reason) implements Clawback {}
    }
}
