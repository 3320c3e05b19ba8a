package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.OrderSteps;
import com.sneakers.marketplace.payments.Cents;
import com.sneakers.marketplace.payments.ConfirmResult;
import com.sneakers.marketplace.payments.GatewayResult;
import com.sneakers.marketplace.payments.IntentResult;
import com.sneakers.marketplace.payments.NewPaymentIntent;
import com.sneakers.marketplace.payments.NewRefund;
import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.PaymentIntent;
import com.sneakers.marketplace.payments.PaymentRefund;
import com.sneakers.marketplace.payments.PaymentStatus;
import com.sneakers.marketplace.payments.Payments;
import com.sneakers.marketplace.payments.Refund;
import com.sneakers.marketplace.payments.RefundCeiling;
import com.sneakers.marketplace.payments.RefundResult;
import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payments over Stripe and Postgres. Every Stripe call that changes something is keyed by what it is
 * for (the order, the payment's n-th refund), so repeating it after a crash makes nothing new. Events
 * go through the outbox.
 */
public final class StripePayments implements Payments {
    private static final Logger LOG = LoggerFactory.getLogger(StripePayments.class);

    private final Transactions transactions;
    private final PaymentStore store;
    private final OrderSteps orders;
    private final PaymentSettlement settlement;
    private final PaymentGateway gateway;
    private final Clock clock;

    StripePayments(
            DataSource dataSource,
            PaymentStore store,
            OrderSteps orders,
            PaymentSettlement settlement,
            PaymentGateway gateway,
            Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.store = store;
        this.orders = orders;
        this.settlement = settlement;
        this.gateway = gateway;
        this.clock = clock;
    }

    @Override
    public IntentResult startPayment(long orderId, Optional<Long> buyerId) {
        Optional<Order> found = orders.find(orderId);
        if (found.isEmpty()
                || buyerId.isPresent() && buyerId.get() != found.get().buyerId()) {
            return new IntentResult.OrderNotFound();
        }
        Order order = found.get();
        Optional<Payment> existing =
                transactions.read("read the payment of order " + orderId, c -> store.byOrder(c, orderId));
        if (existing.isPresent()) {
            return existing(existing.get(), order);
        }
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            return new IntentResult.OrderNotPayable(order.status());
        }
        GatewayResult<PaymentIntent> created = gateway.createPaymentIntent(new NewPaymentIntent(
                Cents.of(order.amounts().totalAmount()),
                order.currency().toLowerCase(Locale.ROOT),
                Map.of("order_id", String.valueOf(order.id()), "order_number", order.orderNumber()),
                "order-" + order.id() + "-payment-intent"));
        if (!(created instanceof GatewayResult.Succeeded<PaymentIntent> succeeded)) {
            LOG.warn("Stripe refused the PaymentIntent of order {}: {}", order.orderNumber(), created);
            return new IntentResult.GatewayRefused(String.valueOf(created));
        }
        PaymentIntent intent = succeeded.value();
        Optional<Payment> inserted = transactions.inTransaction(
                "record the payment of order " + orderId,
                c -> store.insert(
                        c,
                        order.id(),
                        order.buyerId(),
                        intent.id(),
                        order.amounts().totalAmount(),
                        order.currency(),
                        clock.instant()));
        if (inserted.isEmpty()) {
            Payment other = transactions
                    .read("read the payment of order " + orderId, c -> store.byOrder(c, orderId))
                    .orElseThrow();
            return existing(other, order);
        }
        LOG.info("Payment {} created for order {}", inserted.get().paymentId(), order.orderNumber());
        return new IntentResult.Created(inserted.get(), intent.clientSecret());
    }

    private IntentResult existing(Payment payment, Order order) {
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            return new IntentResult.OrderNotPayable(order.status());
        }
        GatewayResult<PaymentIntent> intent = gateway.retrievePaymentIntent(payment.stripePaymentIntentId());
        if (!(intent instanceof GatewayResult.Succeeded<PaymentIntent> succeeded)) {
            return new IntentResult.GatewayRefused(String.valueOf(intent));
        }
        return new IntentResult.Existing(payment, succeeded.value().clientSecret());
    }

    @Override
    public ConfirmResult confirm(String paymentId, long buyerId, String paymentMethod, String idempotencyKey) {
        Optional<Payment> found = transactions.read("read payment " + paymentId, c -> store.byPaymentId(c, paymentId));
        if (found.isEmpty() || found.get().userId() != buyerId) {
            return new ConfirmResult.NotFound();
        }
        Payment payment = found.get();
        if (!EnumSet.of(PaymentStatus.PENDING, PaymentStatus.FAILED).contains(payment.status())) {
            return new ConfirmResult.NotConfirmable(payment.status());
        }
        GatewayResult<PaymentIntent> confirmed = gateway.confirmPaymentIntent(
                payment.stripePaymentIntentId(),
                paymentMethod,
                "payment-" + payment.paymentId() + "-confirm-" + idempotencyKey);
        if (confirmed instanceof GatewayResult.Succeeded<PaymentIntent> succeeded) {
            return new ConfirmResult.Confirmed(payment, succeeded.value().status());
        }
        if (confirmed instanceof GatewayResult.Declined<PaymentIntent> declined) {
            LOG.info("Card declined for payment {}: {}", payment.paymentId(), declined.code());
            return new ConfirmResult.Declined(declined.code(), declined.declineCode(), declined.message());
        }
        LOG.warn("Stripe refused to confirm payment {}: {}", payment.paymentId(), confirmed);
        return new ConfirmResult.GatewayRefused(String.valueOf(confirmed));
    }

    @Override
    public Optional<Payment> find(long id) {
        return transactions.read("read payment " + id, c -> store.byId(c, id));
    }

    @Override
    public Page<Payment> ofBuyer(long buyerId, Paging paging) {
        return transactions.read(
                "list the payments of user " + buyerId,
                c -> new Page<>(
                        store.ofBuyer(c, buyerId, paging.pageSize(), paging.offset()),
                        paging.page(),
                        paging.pageSize(),
                        store.countOfBuyer(c, buyerId)));
    }

    @Override
    public RefundResult refund(long id, Optional<BigDecimal> amount, String reason, Long requestedBy) {
        return refund(c -> store.byIdForUpdate(c, id), amount, reason, requestedBy, Optional.empty());
    }

    @Override
    public RefundResult refundCancelledOrder(long orderId, String reason) {
        return refund(
                c -> store.byOrderForUpdate(c, orderId),
                Optional.empty(),
                reason,
                null,
                Optional.of("order-" + orderId + "-refund"));
    }

    /**
     * The refund, decided and recorded under the payment's row lock, so two concurrent refunds cannot
     * together pass the captured amount. Without a key of its own, the call is keyed by the payment and
     * the refund's number, so a retry after a crash between Stripe and the commit repeats the same refund.
     */
    private RefundResult refund(
            Locking locking,
            Optional<BigDecimal> amount,
            String reason,
            Long requestedBy,
            Optional<String> idempotencyKey) {
        return transactions.inTransaction("refund a payment", c -> {
            Optional<Payment> locked = locking.lock(c);
            if (locked.isEmpty()) {
                return new RefundResult.NotFound();
            }
            Payment payment = locked.get();
            if (!payment.status().isRefundable()) {
                return new RefundResult.NotRefundable(payment.status());
            }
            RefundCeiling.Decision decision =
                    RefundCeiling.decide(payment.amount(), store.activeRefunds(c, payment.id()), amount);
            if (decision instanceof RefundCeiling.Decision.NothingLeft) {
                return new RefundResult.NotRefundable(payment.status());
            }
            if (decision instanceof RefundCeiling.Decision.NotPositive) {
                return new RefundResult.NotPositive();
            }
            if (decision instanceof RefundCeiling.Decision.Exceeds exceeds) {
                return new RefundResult.ExceedsCeiling(exceeds.remaining());
            }
            BigDecimal refundAmount = ((RefundCeiling.Decision.Allowed) decision).amount();
            String key = idempotencyKey.orElse(
                    "payment-" + payment.paymentId() + "-refund-" + (store.refundCount(c, payment.id()) + 1));
            GatewayResult<Refund> made = gateway.createRefund(new NewRefund(
                    payment.stripePaymentIntentId(), OptionalLong.of(Cents.of(refundAmount)), reason, key));
            if (!(made instanceof GatewayResult.Succeeded<Refund> succeeded)) {
                LOG.warn("Stripe refused the refund of payment {}: {}", payment.paymentId(), made);
                return new RefundResult.GatewayRefused(String.valueOf(made));
            }
            Refund stripeRefund = succeeded.value();
            PaymentRefund refund = store.insertRefund(
                    c,
                    payment,
                    stripeRefund.id(),
                    Cents.toAmount(stripeRefund.amountCents()),
                    reason,
                    RefundStatuses.local(stripeRefund.status()),
                    requestedBy,
                    clock.instant());
            settlement.refundsChanged(c, payment, reason, clock.instant());
            LOG.info("Refund {} of {} on payment {}", refund.stripeRefundId(), refund.amount(), payment.paymentId());
            return new RefundResult.Requested(store.byId(c, payment.id()).orElseThrow(), refund);
        });
    }

    @Override
    public void cancelUnpaidOrder(long orderId) {
        Optional<Payment> found =
                transactions.read("read the payment of order " + orderId, c -> store.byOrder(c, orderId));
        if (found.isEmpty()) {
            LOG.info("Order {} was cancelled before any payment; nothing to cancel", orderId);
            return;
        }
        Payment payment = found.get();
        if (payment.status().isRefundable()) {
            LOG.warn(
                    "Order {} was cancelled unpaid, but payment {} succeeded: refunding it",
                    orderId,
                    payment.paymentId());
            refundCancelledOrder(orderId, "Paid after the order was cancelled");
            return;
        }
        if (!payment.status().canMoveTo(PaymentStatus.CANCELLED)) {
            LOG.info(
                    "Payment {} is {}; not cancelling it",
                    payment.paymentId(),
                    payment.status().wire());
            return;
        }
        GatewayResult<PaymentIntent> cancelled =
                gateway.cancelPaymentIntent(payment.stripePaymentIntentId(), "order-" + orderId + "-cancel-intent");
        if (!(cancelled instanceof GatewayResult.Succeeded<PaymentIntent>)) {
            // Most likely paid meanwhile: retried until its webhook lands, then refunded above.
            throw new IllegalStateException(
                    "Stripe refused to cancel the PaymentIntent of payment " + payment.paymentId() + ": " + cancelled);
        }
        transactions.inTransaction("cancel payment " + payment.paymentId(), c -> {
            Payment locked = store.byIdForUpdate(c, payment.id()).orElseThrow();
            return settlement.moveTo(c, locked, PaymentStatus.CANCELLED, clock.instant());
        });
    }

    @FunctionalInterface
    private interface Locking {
        Optional<Payment> lock(Connection transaction) throws SQLException;
    }
}
