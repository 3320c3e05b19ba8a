package com.sneakers.marketplace.trading;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a bid or ask stands; {@link #wire()} is its name in the API and the database. */
public enum OfferStatus {
    ACTIVE,
    PARTIALLY_FILLED,
    MATCHED,
    CANCELLED,
    EXPIRED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Still on the book: it can trade, be cancelled and expire. */
    public boolean isLive() {
        return this == ACTIVE || this == PARTIALLY_FILLED;
    }

    public static Optional<OfferStatus> fromWire(String value) {
        return Arrays.stream(values())
                .filter(status -> status.wire().equals(value))
                .findFirst();
    }
}
