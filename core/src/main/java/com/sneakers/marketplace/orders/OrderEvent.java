package com.sneakers.marketplace.orders;

import com.sneakers.marketplace.platform.events.EventDetail;
import com.sneakers.marketplace.platform.json.OmittedWhenNull;
import java.time.Instant;
import java.util.UUID;

/**
 * The detail of every {@code order.*} event: {@code order.created} for a new order, then {@code
 * order.<status>} for each status it enters, and {@code order.dispute_resolved} when an admin decides a
 * dispute. Amounts are decimal strings. Only a transition carries {@code previous_status} and {@code
 * note}, only a cancellation {@code reason} and {@code refund_required}, only a shipment {@code carrier}
 * and {@code tracking_number}, only the events of a dispute {@code dispute_reason} and, once resolved,
 * {@code resolution}.
 */
public record OrderEvent(
        UUID eventId,
        Instant occurredAt,
        long orderId,
        String orderNumber,
        long matchId,
        long buyerId,
        long sellerId,
        long productId,
        long sizeId,
        String status,
        @OmittedWhenNull String previousStatus,
        String actor,
        int quantity,
        String price,
        String totalAmount,
        String sellerPayout,
        String currency,
        @OmittedWhenNull String note,
        @OmittedWhenNull String reason,
        @OmittedWhenNull Boolean refundRequired,
        @OmittedWhenNull String carrier,
        @OmittedWhenNull String trackingNumber,
        @OmittedWhenNull String disputeReason,
        @OmittedWhenNull String resolution)
        implements EventDetail {
    public static final String SOURCE = "marketplace.orders";
    public static final String CREATED = "order.created";
    public static final String DISPUTE_RESOLVED = "order.dispute_resolved";

    /** The type of the event of an order entering {@code status}, such as {@code order.cancelled}. */
    public static String typeOf(OrderStatus status) {
        return "order." + status.wire();
    }
}
