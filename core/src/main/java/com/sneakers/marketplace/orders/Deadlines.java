package com.sneakers.marketplace.orders;

import java.time.Duration;

/**
 * The timed rules of the lifecycle: how long a buyer has to pay, a seller to ship after payment, and
 * a buyer to report a problem after delivery before the order completes on its own.
 */
public record Deadlines(Duration payWithin, Duration shipWithin, Duration completeAfterDelivery) {
    public static final Deadlines DEFAULT = new Deadlines(Duration.ofHours(24), Duration.ofDays(3), Duration.ofDays(7));
}
