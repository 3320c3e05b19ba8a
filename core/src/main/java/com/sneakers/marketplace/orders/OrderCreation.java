package com.sneakers.marketplace.orders;

import java.util.List;
import java.util.UUID;

/**
 * The order of a match: {@code created} is false when it already existed (a redelivered event), and
 * then {@code eventIds} is empty because its events were written the first time.
 */
public record OrderCreation(Order order, boolean created, List<UUID> eventIds) {
    public OrderCreation {
        eventIds = List.copyOf(eventIds);
    }
}
