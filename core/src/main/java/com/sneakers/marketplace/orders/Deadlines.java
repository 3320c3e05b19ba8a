package com.sneakers.marketplace.orders;

import java.time.Duration;

/**
 * The timed rules of the lifecycle: how long a buyer has to pay, a seller to ship after payment, a
 * buyer to report a problem after delivery before the order completes on its own, and how long after
 * shipment an order no one marked delivered is taken as delivered.
 */
public record Deadlines(
        Duration payWithin, Duration shipWithin, Duration completeAfterDelivery, Duration assumeDeliveredAfter) {
    public static final Deadlines DEFAULT =
            new Deadlines(Duration.ofHours(24), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(14));
}
