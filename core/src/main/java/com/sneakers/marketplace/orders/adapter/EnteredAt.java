package com.sneakers.marketplace.orders.adapter;

import com.sneakers.marketplace.orders.OrderStatus;
import java.util.Optional;

/** Which column records when an order entered a status, for the transitions and the deadlines. */
final class EnteredAt {
    private EnteredAt() {}

    /** The column a transition into {@code status} stamps, if it has its own. */
    static Optional<String> timestampColumn(OrderStatus status) {
        if (status == OrderStatus.PAID) {
            return Optional.of("payment_at");
        }
        if (status == OrderStatus.SHIPPED) {
            return Optional.of("shipped_at");
        }
        if (status == OrderStatus.DELIVERED) {
            return Optional.of("delivered_at");
        }
        if (status == OrderStatus.COMPLETED) {
            return Optional.of("completed_at");
        }
        if (status == OrderStatus.CANCELLED) {
            return Optional.of("cancelled_at");
        }
        return Optional.empty();
    }

    /**
     * The column a deadline in {@code status} runs from: processing has no column of its own and
     * follows payment at once, so the ship-by deadline runs from payment.
     */
    static String column(OrderStatus status) {
        if (status == OrderStatus.PENDING_PAYMENT) {
            return "created_at";
        }
        if (status == OrderStatus.PROCESSING) {
            return "payment_at";
        }
        return timestampColumn(status)
                .orElseThrow(() -> new IllegalArgumentException("No deadline runs in status " + status.wire()));
    }
}
