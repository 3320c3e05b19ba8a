package com.sneakers.marketplace.payments;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a payment stands; {@link #wire()} is its name in the API and the database. A payment only
 * moves forwards: a late {@code payment_failed} after {@code succeeded} changes nothing, while a failed
 * payment can still succeed with another card.
 */
public enum PaymentStatus {
    PENDING,
    PROCESSING,
    SUCCEEDED,
    FAILED,
    CANCELLED,
    PARTIALLY_REFUNDED,
    REFUNDED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a webhook or a call may move a payment in this status to {@code next}. */
    public boolean canMoveTo(PaymentStatus next) {
        return successors().contains(next);
    }

    /** Whether money was captured and part of it may still be returned. */
    public boolean isRefundable() {
        return this == SUCCEEDED || this == PARTIALLY_REFUNDED;
    }

    /** Whether Stripe captured the money (some of it may have gone back since). */
    public boolean isCaptured() {
        return this == SUCCEEDED || this == PARTIALLY_REFUNDED || this == REFUNDED;
    }

    private Set<PaymentStatus> successors() {
        switch (this) {
            case PENDING:
            case FAILED:
                return EnumSet.of(PROCESSING, SUCCEEDED, FAILED, CANCELLED);
            case PROCESSING:
                return EnumSet.of(SUCCEEDED, FAILED, CANCELLED);
            case SUCCEEDED:
            case PARTIALLY_REFUNDED:
                return EnumSet.of(PARTIALLY_REFUNDED, REFUNDED);
            default:
                return EnumSet.noneOf(PaymentStatus.class);
        }
    }

    public static Optional<PaymentStatus> fromWire(String value) {
        return Arrays.stream(values())
                .filter(status -> status.wire().equals(value))
                .findFirst();
    }
}
