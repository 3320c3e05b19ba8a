package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.orders.OrderSteps;
import com.sneakers.marketplace.orders.OrderUpdate;
import com.sneakers.marketplace.payments.Card;
import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.PaymentEvent;
import com.sneakers.marketplace.payments.PaymentStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a settled payment does to the payment row and its order, inside the caller's transaction (a
 * webhook's or a refund request's). Each step is safe to repeat: a payment never moves backwards, and
 * the refunded amount is recomputed from the refunds, so the same news twice changes nothing. The order
 * moves through the orders context's {@link OrderSteps}, which joins the same transaction.
 */
final class PaymentSettlement {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentSettlement.class);

    private final PaymentStore payments;
    private final OrderSteps orders;
    private final PaymentEvents events;

    PaymentSettlement(PaymentStore payments, OrderSteps orders, PaymentEvents events) {
        this.payments = payments;
        this.orders = orders;
        this.events = events;
    }

    /**
     * The money was captured: the payment succeeds, its order becomes paid, then processing. False when
     * the payment had already gone further, and then nothing changed.
     */
    boolean succeeded(
            Connection transaction, Payment payment, Optional<String> chargeId, Optional<Card> card, Instant at)
            throws SQLException {
        if (!payment.status().canMoveTo(PaymentStatus.SUCCEEDED)) {
            LOG.info(
                    "Payment {} is {}; a success changes nothing",
                    payment.paymentId(),
                    payment.status().wire());
            return false;
        }
        payments.succeeded(transaction, payment.id(), chargeId, card, at);
        OrderUpdate paid = orders.markPaid(payment.orderId(), "Payment " + payment.paymentId() + " succeeded");
        if (paid instanceof OrderUpdate.WrongStatus wrong) {
            LOG.warn(
                    "Payment {} succeeded while order {} is {}",
                    payment.paymentId(),
                    payment.orderId(),
                    wrong.current().wire());
        }
        Payment succeeded = payments.byId(transaction, payment.id()).orElseThrow();
        events.append(transaction, PaymentEvent.SUCCEEDED, succeeded, at);
        return true;
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
     * its status partially_refunded or refunded, and a fully refunded order becomes refunded (if the
     * order's lifecycle allows it from where the order is).
     */
    void refundsChanged(Connection transaction, Payment payment, String reason, Instant at) throws SQLException {
        BigDecimal refunded = payments.succeededRefunds(transaction, payment.id());
        if (refunded.signum() == 0 || refunded.compareTo(payment.refundedAmount()) == 0) {
            return;
        }
        boolean full = refunded.compareTo(payment.amount()) >= 0;
        PaymentStatus status = full ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        if (!payment.status().canMoveTo(status)) {
            LOG.warn(
                    "Payment {} is {}; refunds ignored",
                    payment.paymentId(),
                    payment.status().wire());
            return;
        }
        payments.refunded(transaction, payment.id(), status, refunded, reason, at);
        if (full) {
            orders.markRefunded(payment.orderId(), "Payment refunded in full");
        }
        Payment after = payments.byId(transaction, payment.id()).orElseThrow();
        events.append(transaction, PaymentEvent.REFUNDED, after, at);
    }
}
