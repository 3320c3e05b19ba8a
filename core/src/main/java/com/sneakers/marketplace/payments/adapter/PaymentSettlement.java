package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.orders.Actor;
import com.sneakers.marketplace.orders.Change;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.OrderUpdate;
import com.sneakers.marketplace.orders.adapter.JdbcOrderStore;
import com.sneakers.marketplace.payments.Card;
import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.PaymentStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a settled payment does to the payment row and its order, inside the caller's transaction (a
 * webhook's or a refund request's). Each step is safe to repeat: a payment never moves backwards, and
 * the refunded amount is recomputed from the refunds, so the same news twice changes nothing.
 */
final class PaymentSettlement {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentSettlement.class);
    private static final Set<OrderStatus> REFUNDABLE_ORDERS = EnumSet.of(
            OrderStatus.PAID,
            OrderStatus.PROCESSING,
            OrderStatus.SHIPPED,
            OrderStatus.DELIVERED,
            OrderStatus.CANCELLED);

    private final PaymentStore payments;
    private final JdbcOrderStore orders;
    private final PaymentEvents events;

    PaymentSettlement(PaymentStore payments, JdbcOrderStore orders, PaymentEvents events) {
        this.payments = payments;
        this.orders = orders;
        this.events = events;
    }

    /** The money was captured: the payment succeeds, its order becomes paid, then processing. */
    List<UUID> succeeded(
            Connection transaction, Payment payment, Optional<String> chargeId, Optional<Card> card, Instant at)
            throws SQLException {
        if (!payment.status().canMoveTo(PaymentStatus.SUCCEEDED)) {
            LOG.info(
                    "Payment {} is {}; a success changes nothing",
                    payment.paymentId(),
                    payment.status().wire());
            return List.of();
        }
        payments.succeeded(transaction, payment.id(), chargeId, card, at);
        List<UUID> eventIds = new ArrayList<>();
        Order order = orders.findForUpdate(transaction, payment.orderId()).orElseThrow();
        if (order.status() == OrderStatus.PENDING_PAYMENT) {
            String note = "Payment " + payment.paymentId() + " succeeded";
            OrderUpdate.Updated paid = move(transaction, order, OrderStatus.PAID, note, at);
            eventIds.addAll(paid.eventIds());
            eventIds.addAll(move(transaction, paid.order(), OrderStatus.PROCESSING, "Awaiting shipment", at)
                    .eventIds());
        } else {
            LOG.warn(
                    "Payment {} succeeded while order {} is {}",
                    payment.paymentId(),
                    order.orderNumber(),
                    order.status().wire());
        }
        Payment succeeded = payments.byId(transaction, payment.id()).orElseThrow();
        eventIds.add(events.append(transaction, "payment.succeeded", succeeded, at));
        return eventIds;
    }

    /** Moves the payment to {@code status} if it may move there; false when it has gone further. */
    boolean moveTo(Connection transaction, Payment payment, PaymentStatus status, Instant at) throws SQLException {
        if (!payment.status().canMoveTo(status)) {
            LOG.info(
                    "Payment {} is {}; not moving it back to {}",
                    payment.paymentId(),
                    payment.status().wire(),
                    status.wire());
            return false;
        }
        payments.moveTo(transaction, payment.id(), status, at);
        return true;
    }

    /**
     * The payment's refunds changed: its refunded amount becomes what its succeeded refunds add up to,
     * its status partially_refunded or refunded, and a fully refunded order becomes refunded.
     */
    List<UUID> refundsChanged(Connection transaction, Payment payment, String reason, Instant at) throws SQLException {
        BigDecimal refunded = payments.succeededRefunds(transaction, payment.id());
        if (refunded.signum() == 0 || refunded.compareTo(payment.refundedAmount()) == 0) {
            return List.of();
        }
        boolean full = refunded.compareTo(payment.amount()) >= 0;
        PaymentStatus status = full ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        if (!payment.status().canMoveTo(status)) {
            LOG.warn(
                    "Payment {} is {}; refunds ignored",
                    payment.paymentId(),
                    payment.status().wire());
            return List.of();
        }
        payments.refunded(transaction, payment.id(), status, refunded, reason, at);
        List<UUID> eventIds = new ArrayList<>();
        if (full) {
            Order order = orders.findForUpdate(transaction, payment.orderId()).orElseThrow();
            if (REFUNDABLE_ORDERS.contains(order.status())) {
                eventIds.addAll(move(transaction, order, OrderStatus.REFUNDED, "Payment refunded in full", at)
                        .eventIds());
            }
        }
        Payment after = payments.byId(transaction, payment.id()).orElseThrow();
        eventIds.add(events.append(transaction, "payment.refunded", after, at));
        return eventIds;
    }

    private OrderUpdate.Updated move(Connection transaction, Order order, OrderStatus to, String note, Instant at)
            throws SQLException {
        return orders.transition(transaction, order, Change.to(to, Actor.SYSTEM, note, at))
                .orElseThrow(() -> new IllegalStateException("Order " + order.id() + " moved while locked"));
    }
}
