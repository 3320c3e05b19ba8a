package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.platform.money.Money;
import java.time.Instant;

/**
 * The one payout of a completed order to its seller; {@code payoutId} is also the Stripe idempotency key of its
 * first transfer, and {@link #retries} says how the later ones are keyed.
 */
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
        Instant updatedAt,
        PayoutRetries retries) {

    public String currency() {
        return amount.currency();
    }

    /** The idempotency key of the transfer generation under way: the payout id for the first. */
    public String transferKey() {
        return retries.transferKey() == null ? payoutId : retries.transferKey();
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
                updatedAt,
                retries.unplanned());
    }

    public Payout paid(String transferId, Instant at) {
        return with(PayoutStatus.PAID, stripeAccountId, transferId, at, retries);
    }

    public Payout failed(Instant at) {
        return with(PayoutStatus.FAILED, stripeAccountId, stripeTransferId, at, retries.unplanned());
    }

    /** Stripe refused the transfer for {@code error}; tried again at {@code retryAt}, or never when null. */
    public Payout refused(Instant at, String error, Instant retryAt) {
        return with(PayoutStatus.FAILED, stripeAccountId, stripeTransferId, at, retries.missed(error, retryAt));
    }

    public Payout reversed() {
        return with(PayoutStatus.REVERSED, stripeAccountId, stripeTransferId, processedAt, retries);
    }

    /** Back to waiting after an attempt that could not reach Stripe. */
    public Payout pendingAgain() {
        return with(PayoutStatus.PENDING, stripeAccountId, null, null, retries);
    }

    /** Back to waiting until {@code retryAt} after an attempt that could not reach Stripe for {@code error}. */
    public Payout unreachable(String error, Instant retryAt) {
        return with(PayoutStatus.PENDING, stripeAccountId, null, null, retries.missed(error, retryAt));
    }

    /** A failed payout made pending again for a new transfer generation with a key of its own. */
    public Payout reopened() {
        return with(PayoutStatus.PENDING, stripeAccountId, null, null, retries.nextGeneration(payoutId));
    }

    private Payout with(
            PayoutStatus to, String accountId, String transferId, Instant processed, PayoutRetries retried) {
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
                updatedAt,
                retried);
    }
}
