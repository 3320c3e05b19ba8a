package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderSteps;
import com.sneakers.marketplace.orders.OrderUpdate;
import com.sneakers.marketplace.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a settled payment does to the payment and its order, inside the caller's transaction (a
 * webhook's or a refund request's). Each step is safe to repeat: a payment never moves backwards, and
 * the refunded amount is recomputed from the refunds, so the same news twice changes nothing. The order
 * moves through the orders context's {@link OrderSteps}, which joins the same transaction.
 */
public final class PaymentSettlement {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentSettlement.class);

    private final PaymentRecords payments;
    private final OrderSteps orders;
    private final PaymentEventLog events;

    public PaymentSettlement(PaymentRecords payments, OrderSteps orders, PaymentEventLog events) {
        this.payments = payments;
        this.orders = orders;
        this.events = events;
    }

    /**
     * The money was captured: the payment succeeds, its order becomes paid, then processing. Says
     * whether the order took the payment, could not (it was cancelled meanwhile), or whether the
     * payment had already gone further and nothing changed.
     */
    public Success succeeded(Payment payment, Optional<String> chargeId, Optional<Card> card, Instant at) {
        if (!payment.status().canMoveTo(PaymentStatus.SUCCEEDED)) {
            LOG.info(
                    "Payment {} is {}; a success changes nothing",
                    payment.paymentId(),
                    payment.status().wire());
            return Success.ALREADY_SETTLED;
        }
        payments.succeeded(payment.id(), chargeId, card, at);
        OrderUpdate paid =
                orders.markPaid(new OrderId(payment.orderId()), "Payment " + payment.paymentId() + " succeeded");
        events.succeeded(payments.byId(payment.id()).orElseThrow(), at);
        if (paid instanceof OrderUpdate.WrongStatus wrong) {
            LOG.warn(
                    "Payment {} succeeded while order {} is {}",
                    payment.paymentId(),
                    payment.orderId(),
                    wrong.current().wire());
            return Success.ORDER_NOT_PAYABLE;
        }
        return Success.ORDER_PAID;
    }

    /** What a captured payment did to its order. */
    public enum Success {
        ORDER_PAID,
        /** The order will not ship (cancelled meanwhile): the money must go back. */
        ORDER_NOT_PAYABLE,
        /** The payment had gone further already; nothing changed. */
        ALREADY_SETTLED
    }

    /** Moves the payment to {@code status} if it may move there; false when it has gone further. */
    public boolean moveTo(Payment payment, PaymentStatus status, Instant at) {
        if (!payment.status().canMoveTo(status)) {
            LOG.info(
                    "Payment {} is {}; not moving it back to {}",
                    payment.paymentId(),
                    payment.status().wire(),
                    status.wire());
            return false;
        }
        payments.moveTo(payment.id(), status, at);
        return true;
    }

    /**
     * The payment's refunds changed: its refunded amount becomes what its succeeded refunds add up to,
     * its status partially_refunded or refunded, and a fully refunded order becomes refunded (if the
     * order's lifecycle allows it from where the order is).
     */
    public void refundsChanged(Payment payment, String reason, Instant at) {
        BigDecimal refunded = payments.succeededRefunds(payment.id());
        if (refunded.signum() == 0
                || refunded.compareTo(payment.refundedAmount().amount()) == 0) {
            return;
        }
        boolean full = refunded.compareTo(payment.amount().amount()) >= 0;
        PaymentStatus status = full ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        if (!payment.status().canMoveTo(status)) {
            LOG.warn(
                    "Payment {} is {}; refunds ignored",
                    payment.paymentId(),
                    payment.status().wire());
            return;
        }
        payments.refunded(payment.id(), status, Money.of(refunded, payment.currency()), reason, at);
        if (full) {
            orders.markRefunded(new OrderId(payment.orderId()), "Payment refunded in full");
        }
        events.refunded(payments.byId(payment.id()).orElseThrow(), at);
    }
}
