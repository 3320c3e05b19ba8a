package com.sneakers.marketplace.payments;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How much may still be refunded of a captured amount: the refunds asked for so far (pending or
 * succeeded) never add up to more than was captured.
 */
public final class RefundCeiling {
    private RefundCeiling() {}

    /** The refund of {@code requested}, or of everything left when empty. */
    public static Decision decide(BigDecimal captured, BigDecimal alreadyRefunded, Optional<BigDecimal> requested) {
        BigDecimal remaining = captured.subtract(alreadyRefunded);
        if (remaining.signum() <= 0) {
            return new Decision.NothingLeft();
        }
        if (requested.isEmpty()) {
            return new Decision.Allowed(remaining);
        }
        BigDecimal amount = requested.get();
        if (amount.signum() <= 0) {
            return new Decision.NotPositive();
        }
        if (amount.compareTo(remaining) > 0) {
            return new Decision.Exceeds(remaining);
        }
        return new Decision.Allowed(amount);
    }

    /** Whether and how much to refund. */
    public sealed interface Decision {
        record Allowed(BigDecimal amount) implements Decision {}

        record Exceeds(BigDecimal remaining) implements Decision {}

        record NothingLeft() implements Decision {}

        record NotPositive() implements Decision {}
    }
}
