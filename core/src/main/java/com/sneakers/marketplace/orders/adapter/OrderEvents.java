package com.sneakers.marketplace.orders.adapter;

import com.sneakers.marketplace.orders.Actor;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.platform.json.Json;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code order.*} events, appended to the outbox in the transaction of the change: {@code
 * order.created}, then {@code order.<status>} for each status the order enters. Amounts are decimal strings.
 */
final class OrderEvents {
    static final String SOURCE = "marketplace.orders";
    static final String CREATED = "order.created";

    private final Outbox outbox;

    OrderEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void created(Connection transaction, Order order, Instant at) throws SQLException {
        append(transaction, CREATED, facts(order, Actor.SYSTEM, null, at));
    }

    /**
     * The event of a transition from {@code previous}. A cancellation after payment carries {@code
     * refund_required: true}: the payments domain refunds the buyer in full.
     */
    void transitioned(Connection transaction, Order order, OrderStatus previous, Actor actor, String note, Instant at)
            throws SQLException {
        Map<String, Object> detail = facts(order, actor, previous, at);
        detail.put("note", note);
        if (order.status() == OrderStatus.CANCELLED) {
            detail.put("reason", order.cancellationReason());
            detail.put("refund_required", previous.isPaidAndUnshipped());
        }
        if (order.status() == OrderStatus.SHIPPED) {
            detail.put("carrier", order.shipment().carrier().wire());
            detail.put("tracking_number", order.shipment().trackingNumber());
        }
        append(transaction, "order." + order.status().wire(), detail);
    }

    private void append(Connection transaction, String detailType, Map<String, Object> detail) throws SQLException {
        UUID eventId = (UUID) detail.get("event_id");
        outbox.append(transaction, new OutboxEvent(eventId, SOURCE, detailType, Json.write(detail), (Instant)
                detail.get("occurred_at")));
    }

    private static Map<String, Object> facts(Order order, Actor actor, OrderStatus previous, Instant at) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("event_id", UUID.randomUUID());
        detail.put("occurred_at", at);
        detail.put("order_id", order.id());
        detail.put("order_number", order.orderNumber());
        detail.put("match_id", order.matchId());
        detail.put("buyer_id", order.buyerId());
        detail.put("seller_id", order.sellerId());
        detail.put("product_id", order.productId());
        detail.put("size_id", order.sizeId());
        detail.put("status", order.status().wire());
        if (previous != null) {
            detail.put("previous_status", previous.wire());
        }
        detail.put("actor", actor.wire());
        detail.put("quantity", order.amounts().quantity());
        detail.put("price", order.amounts().price().toPlainString());
        detail.put("total_amount", order.amounts().totalAmount().toPlainString());
        detail.put("seller_payout", order.amounts().sellerPayout().toPlainString());
        detail.put("currency", order.currency());
        return detail;
    }
}
