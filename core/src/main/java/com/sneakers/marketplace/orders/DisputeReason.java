package com.sneakers.marketplace.orders;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a buyer says is wrong with an order; {@link #wire()} is its name in the API, the database and events. */
public enum DisputeReason {
    NOT_RECEIVED,
    NOT_AS_DESCRIBED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DisputeReason> fromWire(String value) {
        return Arrays.stream(values())
                .filter(reason -> reason.wire().equals(value))
                .findFirst();
    }

    /** The wire names, for messages: {@code not_received, not_as_described}. */
    public static String wires() {
        return Arrays.stream(values()).map(DisputeReason::wire).collect(Collectors.joining(", "));
    }
}
