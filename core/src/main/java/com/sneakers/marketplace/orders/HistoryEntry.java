package com.sneakers.marketplace.orders;

import java.time.Instant;

/** One row of an order's audit trail: the status it entered, why, who moved it and when. */
public record HistoryEntry(OrderStatus status, String note, Actor createdBy, Instant createdAt) {}
