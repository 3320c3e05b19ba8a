package com.sneakers.marketplace.payments.payouts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a payout stands. {@code pending} waits for the seller's account, the charge or a retry;
 * {@code processing} is held by the one attempt that calls Stripe; {@code paid}, {@code failed} and
 * {@code reversed} are Stripe's answers. A failed payout goes back to {@code pending} only to be tried
 * again (a retry that is due, or an admin's).
 */
public enum PayoutStatus {
    PENDING,
    PROCESSING,
    PAID,
    FAILED,
    REVERSED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The statuses this one may move to; every other move is refused by the guarded updates. */
    public Set<PayoutStatus> next() {
        switch (this) {
            case PENDING:
                return EnumSet.of(PROCESSING, FAILED);
            case PROCESSING:
                return EnumSet.of(PAID, FAILED, PENDING);
            case PAID:
                return EnumSet.of(REVERSED);
            case FAILED:
                return EnumSet.of(PENDING);
            default:
                return EnumSet.noneOf(PayoutStatus.class);
        }
    }

    public boolean canMoveTo(PayoutStatus to) {
        return next().contains(to);
    }

    public static Optional<PayoutStatus> fromWire(String value) {
        return Arrays.stream(values())
                .filter(status -> status.wire().equals(value))
                .findFirst();
    }
}
