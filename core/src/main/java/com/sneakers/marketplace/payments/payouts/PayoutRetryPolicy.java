package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.payments.GatewayResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * When a transfer that did not pay is tried again. A refusal whose cause can clear by itself (the
 * platform's balance, a lock, a rate limit, an overloaded Stripe) is retried after a delay that starts at
 * {@code firstDelay} and doubles up to {@code maxDelay}; after {@code maxAttempts} attempts the payout
 * stays failed for a person. Any other refusal (a bad destination account, say) is final at once.
 *
 * <p>Stripe caches the answer to an idempotency key, so a retry after a refusal is a new generation with
 * a key of its own; repeating an attempt whose answer was lost uses that attempt's key again.
 */
public record PayoutRetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {
    public static final PayoutRetryPolicy DEFAULT =
            new PayoutRetryPolicy(Duration.ofMinutes(5), Duration.ofHours(6), 10);

    private static final Set<String> CODES_THAT_CLEAR = Set.of("balance_insufficient", "lock_timeout", "rate_limit");

    public PayoutRetryPolicy {
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Not a retry policy: " + firstDelay + " doubling up to " + maxDelay
                    + ", " + maxAttempts + " attempts");
        }
    }

    /** Whether Stripe's refusal of a transfer may clear if the transfer is asked for again later. */
    public static boolean retryable(GatewayResult<?> refusal) {
        if (refusal instanceof GatewayResult.Rejected<?> rejected) {
            return rejected.status() == 409
                    || rejected.status() == 429
                    || rejected.status() >= 500
                    || rejected.code().filter(CODES_THAT_CLEAR::contains).isPresent();
        }
        return false;
    }

    /** The wait after the {@code attempts}-th attempt that did not pay (1 for the first). */
    public Duration delayAfter(int attempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }

    /** When to try again after {@code attempts} attempts that did not pay; empty once they are all used. */
    public Optional<Instant> retryAt(int attempts, Instant now) {
        return attempts < maxAttempts ? Optional.of(now.plus(delayAfter(attempts))) : Optional.empty();
    }

    /** The idempotency key of the payout's {@code generation}-th transfer (the first is the payout id alone). */
    public static String idempotencyKey(String payoutId, int generation) {
        return generation <= 1 ? payoutId : payoutId + "-attempt-" + generation;
    }
}
