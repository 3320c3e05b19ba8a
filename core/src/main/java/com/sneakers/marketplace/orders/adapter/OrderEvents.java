package com.sneakers.marketplace.orders.adapter;

import com.sneakers.marketplace.orders.Actor;
import com.sneakers.marketplace.orders.Dispute;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderEvent;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * The {@code order.*} events, appended to the outbox in the transaction of the change: {@code
 * order.created}, then {@code order.<status>} for each status the order enters, and {@code
 * order.dispute_resolved} when an admin decides its dispute.
 */
final class OrderEvents {
    private final Outbox outbox;

    OrderEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void created(Connection transaction, Order order, Instant at) throws SQLException {
        OrderEvent event = event(order, null, Actor.SYSTEM, null, at);
        outbox.append(transaction, OutboxEvent.of(OrderEvent.SOURCE, OrderEvent.CREATED, event));
    }

    /**
     * The event of a transition from {@code previous}. A cancellation after payment carries {@code
     * refund_required: true}: the payments domain refunds the buyer in full.
     */
    void transitioned(Connection transaction, Order order, OrderStatus previous, Actor actor, String note, Instant at)
            throws SQLException {
        OrderEvent event = event(order, previous, actor, note, at);
        outbox.append(transaction, OutboxEvent.of(OrderEvent.SOURCE, OrderEvent.typeOf(order.status()), event));
    }

    /** An admin decided the order's dispute; the order's status is unchanged. */
    void disputeResolved(Connection transaction, Order order, String note, Instant at) throws SQLException {
        OrderEvent event = event(order, null, Actor.ADMIN, note, at);
        outbox.append(transaction, OutboxEvent.of(OrderEvent.SOURCE, OrderEvent.DISPUTE_RESOLVED, event));
    }

    private static OrderEvent event(Order order, OrderStatus previous, Actor actor, String note, Instant at) {
        boolean cancelled = order.status() == OrderStatus.CANCELLED;
        boolean shipped = order.status() == OrderStatus.SHIPPED;
        Dispute dispute = order.status() == OrderStatus.DISPUTED ? order.dispute() : null;
        return new OrderEvent(
                UUID.randomUUID(),
                at,
                order.id(),
                order.orderNumber(),
                order.matchId(),
                order.buyerId(),
                order.sellerId(),
                order.productId(),
                order.sizeId(),
                order.status().wire(),
                previous == null ? null : previous.wire(),
                actor.wire(),
                order.amounts().quantity(),
                order.amounts().price().toPlainString(),
                order.amounts().totalAmount().toPlainString(),
                order.amounts().sellerPayout().toPlainString(),
                order.currency(),
                note,
                cancelled ? order.cancellationReason() : null,
                cancelled ? previous.isPaidAndUnshipped() : null,
                shipped ? order.shipment().carrier().wire() : null,
                shipped ? order.shipment().trackingNumber() : null,
                dispute == null ? null : dispute.reason().wire(),
                dispute == null || !dispute.isResolved()
                        ? null
                        : dispute.resolution().outcome().wire());
    }
}
