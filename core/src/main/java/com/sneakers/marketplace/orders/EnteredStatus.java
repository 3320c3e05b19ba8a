package com.sneakers.marketplace.orders;

import java.time.Instant;

/** An order that entered its current status at {@code at}. */
public record EnteredStatus(OrderId orderId, Instant at) {}
