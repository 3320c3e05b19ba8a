package com.sneakers.marketplace.orders;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How an admin ends a dispute: the order completes (and the seller is paid), or the buyer is refunded
 * in full (and the refund's settlement moves the order to refunded).
 */
public enum DisputeOutcome {
    COMPLETED,
    REFUNDED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DisputeOutcome> fromWire(String value) {
        return Arrays.stream(values())
                .filter(outcome -> outcome.wire().equals(value))
                .findFirst();
    }
}
