package com.sneakers.marketplace.payments.payouts;

import java.time.Instant;

/**
 * A payout's attempts that did not pay: how many, when the next is due ({@code null}: none planned),
 * why the last did not pay, and the idempotency key of the current transfer generation ({@code null}:
 * the payout id).
 */
public record PayoutRetries(int attempts, Instant nextAttemptAt, String lastError, String transferKey) {
    public static final PayoutRetries NONE = new PayoutRetries(0, null, null, null);

    /** One more attempt did not pay, for {@code error}; the next is due at {@code retryAt} (null: never). */
    PayoutRetries missed(String error, Instant retryAt) {
        return new PayoutRetries(attempts + 1, retryAt, error, transferKey);
    }

    /** Nothing is planned any more: the payout is being transferred or has settled. */
    PayoutRetries unplanned() {
        return new PayoutRetries(attempts, null, lastError, transferKey);
    }

    /** A new transfer generation, keyed anew because Stripe keeps its answer to the last key. */
    PayoutRetries nextGeneration(String payoutId) {
        return new PayoutRetries(attempts, null, lastError, PayoutRetryPolicy.idempotencyKey(payoutId, attempts + 1));
    }
}
