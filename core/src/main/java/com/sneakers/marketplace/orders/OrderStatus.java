package com.sneakers.marketplace.orders;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an order stands in its lifecycle; {@link #wire()} is its name in the API, the database and events. */
public enum OrderStatus {
    PENDING_PAYMENT,
    PAID,
    PROCESSING,
    SHIPPED,
    DELIVERED,
    COMPLETED,
    CANCELLED,
    REFUNDED,
    /** The buyer reported a problem after shipment; it waits for an admin's resolution. */
    DISPUTED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the buyer has paid and the goods have not left the seller yet. */
    public boolean isPaidAndUnshipped() {
        return this == PAID || this == PROCESSING;
    }

    public static Optional<OrderStatus> fromWire(String value) {
        return Arrays.stream(values())
                .filter(status -> status.wire().equals(value))
                .findFirst();
    }
}
