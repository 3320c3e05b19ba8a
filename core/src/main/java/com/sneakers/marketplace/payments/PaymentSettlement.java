package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderSteps;
import com.sneakers.marketplace.orders.OrderUpdate;
import com.sneakers.marketplace.payments.ledger.Accounts;
import com.sneakers.marketplace.payments.ledger.Journal;
import com.sneakers.marketplace.payments.ledger.JournalKind;
import com.sneakers.marketplace.payments.ledger.JournalLine;
import com.sneakers.marketplace.payments.ledger.Ledger;
import com.sneakers.marketplace.payments.ledger.Sale;
import com.sneakers.marketplace.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a settled payment does to the payment, its order and the ledger, inside the caller's transaction
 * (a webhook's, a refund request's or the sweeper's). Each step is safe to repeat: a payment never moves
 * backwards, the refunded amount is recomputed from the refunds, and each journal is posted once, so the
 * same news twice changes nothing. The order moves through the orders context's {@link OrderSteps}, which
 * joins the same transaction. Locks are always taken order first, then payment (then payout), so two
 * settlements of one order never deadlock.
 */
public final class PaymentSettlement {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentSettlement.class);
    /** What moved Stripe's balance back towards the buyer: refunds (and their failures) and card disputes. */
    private static final List<JournalKind> GIVEN_BACK =
            List.of(JournalKind.REFUND, JournalKind.REFUND_FAILED, JournalKind.DISPUTE_OPENED, JournalKind.DISPUTE_WON);

    private final PaymentRecords payments;
    private final OrderSteps orders;
    private final PaymentEventLog events;
    private final Ledger ledger;

    public PaymentSettlement(PaymentRecords payments, OrderSteps orders, PaymentEventLog events, Ledger ledger) {
        this.payments = payments;
        this.orders = orders;
        this.events = events;
        this.ledger = ledger;
    }

    /** The payment {@code seen} outside a lock, now locked after its order; empty when there is none. */
    public Optional<Payment> lockWithOrder(Optional<Payment> seen) {
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        orders.lock(new OrderId(seen.get().orderId()));
        return payments.lockById(seen.get().id());
    }

    /**
     * Stripe captured {@code received}: the payment succeeds and the charge is journaled. When Stripe's
     * amount or currency is not the order's total the payment is flagged for a person and the order stays
     * where it is; otherwise the order becomes paid, then processing. Says what happened to the order.
     */
    public Success succeeded(
            Payment payment, Optional<String> chargeId, Optional<Card> card, Money received, Instant at) {
        if (!payment.status().canMoveTo(PaymentStatus.SUCCEEDED)) {
            LOG.info(
                    "Payment {} is {}; a success changes nothing",
                    payment.paymentId(),
                    payment.status().wire());
            return Success.ALREADY_SETTLED;
        }
        payments.succeeded(payment.id(), chargeId, card, at);
        if (!received.equals(payment.amount())) {
            String reason = "Stripe captured " + received + " for a payment of " + payment.amount();
            LOG.error("Payment {} needs a person: {}", payment.paymentId(), reason);
            payments.flag(payment.id(), reason, at);
            if (received.amount().signum() > 0) {
                ledger.post(unmatched(payment, received, at));
            }
            return Success.AMOUNT_MISMATCH;
        }
        Order order = orders.find(new OrderId(payment.orderId())).orElseThrow();
        ledger.post(Sale.of(order).captured(payment.stripePaymentIntentId(), at));
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
        /** Stripe captured another amount than the order's total: a person decides, the order waits. */
        AMOUNT_MISMATCH,
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
     * The payment's refunds changed: each refund that succeeded is journaled once, and one that failed
     * after succeeding is journaled back (its amount may be refunded again); the payment's refunded amount
     * becomes what its succeeded refunds add up to and its status follows; a fully refunded order becomes
     * refunded (if the order's lifecycle allows it from where the order is).
     */
    public void refundsChanged(Payment payment, String reason, Instant at) {
        if (!payment.status().isCaptured()) {
            LOG.warn(
                    "Payment {} is {}; its refunds wait for the capture",
                    payment.paymentId(),
                    payment.status().wire());
            return;
        }
        journalRefunds(payment, at);
        BigDecimal refunded = payments.succeededRefunds(payment.id());
        if (refunded.compareTo(payment.refundedAmount().amount()) == 0) {
            return;
        }
        boolean full = refunded.compareTo(payment.amount().amount()) >= 0;
        PaymentStatus status = refunded.signum() == 0
                ? PaymentStatus.SUCCEEDED
                : full ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        payments.refunded(payment.id(), status, Money.of(refunded, payment.currency()), reason, at);
        if (full) {
            orders.markRefunded(new OrderId(payment.orderId()), "Payment refunded in full");
        }
        events.refunded(payments.byId(payment.id()).orElseThrow(), at);
    }

    /**
     * Stripe reports a card dispute of the payment: it is recorded, its opening holds the disputed money
     * (and the seller's share of it), and its closing gives it back (won) or lets the buyer keep it (lost).
     * Each step is journaled once, whatever order and however often the events come.
     */
    public void disputeChanged(Payment payment, CardDispute reported, Instant at) {
        payments.recordDispute(payment, reported, at);
        Sale sale = Sale.of(orders.find(new OrderId(payment.orderId())).orElseThrow());
        String id = reported.stripeDisputeId();
        Money amount = payments.dispute(id).orElseThrow().amount();
        if (!ledger.isPosted(JournalKind.DISPUTE_OPENED, id)) {
            ledger.post(sale.disputeOpened(id, amount, givenBack(sale), at));
            LOG.warn("Payment {}: card dispute {} of {} opened", payment.paymentId(), id, amount);
        }
        if (reported.isWon() && !ledger.isPosted(JournalKind.DISPUTE_WON, id)) {
            BigDecimal held = ledger.movedOn(
                            sale.orderId(), Accounts.sellerHeld(sale.sellerId()), List.of(JournalKind.DISPUTE_OPENED))
                    .negate();
            ledger.post(sale.disputeWon(id, amount, held, at));
        }
        if (reported.isLost() && !ledger.isPosted(JournalKind.DISPUTE_LOST, id)) {
            ledger.post(sale.disputeLost(id, amount, givenBack(sale).subtract(amount.amount()), at));
            LOG.warn("Payment {}: card dispute {} lost", payment.paymentId(), id);
        }
    }

    private BigDecimal givenBack(Sale sale) {
        return ledger.movedOn(sale.orderId(), Accounts.STRIPE_BALANCE, GIVEN_BACK)
                .negate();
    }

    private void journalRefunds(Payment payment, Instant at) {
        boolean unmatched = ledger.isPosted(JournalKind.UNMATCHED_CHARGE, payment.stripePaymentIntentId());
        Sale sale = Sale.of(orders.find(new OrderId(payment.orderId())).orElseThrow());
        for (PaymentRefund refund : payments.refundsOf(payment.id())) {
            boolean succeeded = "succeeded".equals(refund.status());
            boolean journaled = ledger.isPosted(JournalKind.REFUND, refund.stripeRefundId());
            boolean reversed = ledger.isPosted(JournalKind.REFUND_FAILED, refund.stripeRefundId());
            if (succeeded && !journaled) {
                ledger.post(refundJournal(
                        sale,
                        unmatched,
                        JournalKind.REFUND,
                        refund,
                        refund.amount().amount(),
                        at));
            } else if (!succeeded && journaled && !reversed && isFinal(refund.status())) {
                LOG.warn(
                        "Refund {} of payment {} failed after succeeding",
                        refund.stripeRefundId(),
                        payment.paymentId());
                ledger.post(refundJournal(
                        sale,
                        unmatched,
                        JournalKind.REFUND_FAILED,
                        refund,
                        refund.amount().amount().negate(),
                        at));
            }
        }
    }

    private Journal refundJournal(
            Sale sale, boolean unmatched, JournalKind kind, PaymentRefund refund, BigDecimal change, Instant at) {
        if (unmatched) {
            Money moved = Money.of(change, refund.currency());
            Money back = Money.of(change.negate(), refund.currency());
            return new Journal(
                    kind,
                    refund.stripeRefundId(),
                    sale.orderId(),
                    at,
                    List.of(
                            new JournalLine(Accounts.STRIPE_BALANCE, back),
                            new JournalLine(Accounts.UNMATCHED_CHARGES, moved)));
        }
        BigDecimal before = givenBack(sale);
        return sale.givenBack(kind, refund.stripeRefundId(), before, before.add(change), at);
    }

    private static boolean isFinal(String refundStatus) {
        return "failed".equals(refundStatus) || "cancelled".equals(refundStatus);
    }

    private static Journal unmatched(Payment payment, Money received, Instant at) {
        return new Journal(
                JournalKind.UNMATCHED_CHARGE,
                payment.stripePaymentIntentId(),
                payment.orderId(),
                at,
                List.of(
                        new JournalLine(Accounts.STRIPE_BALANCE, received),
                        new JournalLine(
                                Accounts.UNMATCHED_CHARGES,
                                Money.of(received.amount().negate(), received.currency()))));
    }
}
