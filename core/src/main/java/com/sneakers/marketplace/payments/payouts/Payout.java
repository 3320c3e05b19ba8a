package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.platform.money.Money;
import java.time.Instant;

/** The one payout of a completed order to its seller; {@code payoutId} is also its Stripe idempotency key. */
public record Payout(
        String payoutId,
        long orderId,
        String orderNumber,
        long sellerId,
        Money amount,
        PayoutStatus status,
        String stripeAccountId,
        String stripeTransferId,
        Instant processedAt,
        Instant createdAt,
        Instant updatedAt) {

    public String currency() {
        return amount.currency();
    }

    /** Held by the attempt that transfers {@code owed} (the payout less refunds) to {@code accountId}. */
    public Payout processing(String accountId, Money owed) {
        return new Payout(
                payoutId,
                orderId,
                orderNumber,
                sellerId,
                owed,
                PayoutStatus.PROCESSING,
                accountId,
                null,
                null,
                createdAt,
                updatedAt);
    }

    public Payout paid(String transferId, Instant at) {
        return with(PayoutStatus.PAID, stripeAccountId, transferId, at);
    }

    public Payout failed(Instant at) {
        return with(PayoutStatus.FAILED, stripeAccountId, stripeTransferId, at);
    }

    public Payout reversed() {
        return with(PayoutStatus.REVERSED, stripeAccountId, stripeTransferId, processedAt);
    }

    /** Back to waiting after an attempt that could not reach Stripe. */
    public Payout pendingAgain() {
        return with(PayoutStatus.PENDING, stripeAccountId, null, null);
    }

    private Payout with(PayoutStatus to, String accountId, String transferId, Instant processed) {
        return new Payout(
                payoutId,
                orderId,
                orderNumber,
                sellerId,
                amount,
                to,
                accountId,
                transferId,
                processed,
                createdAt,
                updatedAt);
    }
}
