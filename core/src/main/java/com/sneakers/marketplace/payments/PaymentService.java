package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.identity.UserId;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.OrderSteps;
import com.sneakers.marketplace.payments.ledger.Sale;
import com.sneakers.marketplace.platform.money.Money;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import com.sneakers.marketplace.platform.transaction.UnitOfWork;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payments over Stripe and Postgres. Every Stripe call that changes something is keyed by what it is
 * for (the order, the payment's n-th refund), so repeating it after a crash makes nothing new. Events
 * go through the outbox.
 */
public final class PaymentService implements Payments {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentService.class);
    private static final String PAID_AFTER_CANCELLATION = "Paid after the order was cancelled";

    private static final Set<String> CONFIRMED = Set.of(PaymentIntent.SUCCEEDED, "processing");

    private final UnitOfWork unitOfWork;
    private final PaymentRecords store;
    private final OrderSteps orders;
    private final PaymentSettlement settlement;
    private final PaymentGateway gateway;
    private final SellerClawback clawback;
    private final Clock clock;

    public PaymentService(
            UnitOfWork unitOfWork,
            PaymentRecords store,
            OrderSteps orders,
            PaymentSettlement settlement,
            PaymentGateway gateway,
            SellerClawback clawback,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.store = store;
        this.orders = orders;
        this.settlement = settlement;
        this.gateway = gateway;
        this.clawback = clawback;
        this.clock = clock;
    }

    @Override
    public IntentResult startPayment(OrderId orderId, Optional<UserId> buyerId) {
        return unitOfWork.inTransaction(() -> startPaymentLocked(orderId, buyerId));
    }

    /** Under the order's row lock, so the order cannot be cancelled between the check and the intent. */
    private IntentResult startPaymentLocked(OrderId orderId, Optional<UserId> buyerId) {
        Optional<Order> found = orders.lock(orderId);
        if (found.isEmpty()
                || buyerId.isPresent() && buyerId.get().value() != found.get().buyerId()) {
            return new IntentResult.OrderNotFound();
        }
        Order order = found.get();
        Optional<Payment> existing = store.byOrder(orderId.value());
        if (existing.isPresent()) {
            return existing(existing.get(), order);
        }
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            return new IntentResult.OrderNotPayable(order.status());
        }
        GatewayResult<PaymentIntent> created = gateway.createPaymentIntent(NewPaymentIntent.of(
                order.total(),
                Map.of("order_id", String.valueOf(order.id()), "order_number", order.orderNumber()),
                "order-" + order.id() + "-payment-intent"));
        if (!(created instanceof GatewayResult.Succeeded<PaymentIntent> succeeded)) {
            LOG.warn("Stripe refused the PaymentIntent of order {}: {}", order.orderNumber(), created);
            return new IntentResult.GatewayRefused(String.valueOf(created));
        }
        PaymentIntent intent = succeeded.value();
        Optional<Payment> inserted =
                store.insert(order.id(), order.buyerId(), intent.id(), order.total(), clock.instant());
        if (inserted.isEmpty()) {
            Payment other = store.byOrder(orderId.value()).orElseThrow();
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
        Optional<Payment> found = store.byPaymentId(paymentId);
        if (found.isEmpty() || found.get().userId() != buyerId) {
            return new ConfirmResult.NotFound();
        }
        Payment payment = found.get();
        if (!EnumSet.of(PaymentStatus.PENDING, PaymentStatus.FAILED).contains(payment.status())) {
            return new ConfirmResult.NotConfirmable(payment.status());
        }
        return unitOfWork.inTransaction(() -> confirmPayable(payment, paymentMethod, idempotencyKey));
    }

    /**
     * Confirms under the order's row lock, so a cancellation either comes first (and nothing is charged)
     * or waits for the confirmation (and its refund follows the success, see {@link #settleSuccess}).
     */
    private ConfirmResult confirmPayable(Payment payment, String paymentMethod, String idempotencyKey) {
        Order order = orders.lock(new OrderId(payment.orderId())).orElseThrow();
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            return new ConfirmResult.OrderNotPayable(order.status());
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
        if (confirmed instanceof GatewayResult.Rejected<PaymentIntent>) {
            // Stripe refuses to confirm an intent past confirmation (payment_intent_unexpected_state;
            // localstripe without a code): another confirmation got there first.
            Optional<PaymentIntent> intent = gateway.retrievePaymentIntent(payment.stripePaymentIntentId())
                    .succeededValue();
            if (intent.isPresent() && CONFIRMED.contains(intent.get().status())) {
                return new ConfirmResult.AlreadyConfirmed(intent.get().status());
            }
        }
        LOG.warn("Stripe refused to confirm payment {}: {}", payment.paymentId(), confirmed);
        return new ConfirmResult.GatewayRefused(String.valueOf(confirmed));
    }

    @Override
    public Optional<Payment> find(long id) {
        return store.byId(id);
    }

    @Override
    public Optional<Payment> ofOrder(OrderId orderId) {
        return store.byOrder(orderId.value());
    }

    @Override
    public Page<Payment> ofBuyer(long buyerId, Paging paging) {
        return store.ofBuyer(buyerId, paging);
    }

    @Override
    public RefundResult refund(long id, Optional<BigDecimal> amount, String reason, Long requestedBy) {
        return refund(() -> store.byId(id), amount, reason, requestedBy, Optional.empty());
    }

    @Override
    public RefundResult refundCancelledOrder(OrderId orderId, String reason) {
        return refund(
                () -> store.byOrder(orderId.value()),
                Optional.empty(),
                reason,
                null,
                Optional.of("order-" + orderId + "-refund"));
    }

    /**
     * The refund, decided and recorded under the order's and the payment's row locks, so two concurrent
     * refunds cannot together pass the captured amount, and a payout cannot be claimed meanwhile. The
     * seller's share of it (see {@link Sale}) is taken back first from a transfer already made to the
     * seller; a payout not yet made is made smaller when it is claimed. Without a key of its own, the call
     * is keyed by the payment and the refund's number, so a retry after a crash between Stripe and the
     * commit repeats the same refund (and the same reversal).
     */
    private RefundResult refund(
            Supplier<Optional<Payment>> finding,
            Optional<BigDecimal> amount,
            String reason,
            Long requestedBy,
            Optional<String> idempotencyKey) {
        return unitOfWork.inTransaction(() -> {
            Optional<Payment> locked = settlement.lockWithOrder(finding.get());
            if (locked.isEmpty()) {
                return new RefundResult.NotFound();
            }
            Payment payment = locked.get();
            if (!payment.status().isRefundable()) {
                return new RefundResult.NotRefundable(payment.status());
            }
            RefundCeiling.Decision decision =
                    RefundCeiling.decide(payment.amount().amount(), store.activeRefunds(payment.id()), amount);
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
                    "payment-" + payment.paymentId() + "-refund-" + (store.refundCount(payment.id()) + 1));
            Optional<RefundResult> sellerShareRefused = reclaimSellerShare(payment, refundAmount, key);
            if (sellerShareRefused.isPresent()) {
                return sellerShareRefused.get();
            }
            GatewayResult<Refund> made = gateway.createRefund(NewRefund.of(
                    payment.stripePaymentIntentId(), Money.of(refundAmount, payment.currency()), reason, key));
            if (!(made instanceof GatewayResult.Succeeded<Refund> succeeded)) {
                LOG.warn("Stripe refused the refund of payment {}: {}", payment.paymentId(), made);
                return new RefundResult.GatewayRefused(String.valueOf(made));
            }
            Refund stripeRefund = succeeded.value();
            PaymentRefund refund = store.insertRefund(
                    payment,
                    stripeRefund.id(),
                    stripeRefund.amountIn(payment.currency()),
                    reason,
                    RefundStatuses.local(stripeRefund.status()),
                    requestedBy,
                    clock.instant());
            settlement.refundsChanged(payment, reason, clock.instant());
            LOG.info("Refund {} of {} on payment {}", refund.stripeRefundId(), refund.amount(), payment.paymentId());
            return new RefundResult.Requested(store.byId(payment.id()).orElseThrow(), refund);
        });
    }

    private Optional<RefundResult> reclaimSellerShare(Payment payment, BigDecimal refundAmount, String key) {
        Order order = orders.find(new OrderId(payment.orderId())).orElseThrow();
        BigDecimal before = store.activeRefunds(payment.id());
        Money share = Sale.of(order).sellerShareBetween(before, before.add(refundAmount));
        if (share.amount().signum() == 0) {
            return Optional.empty();
        }
        SellerClawback.Clawback clawed = clawback.reclaim(new OrderId(payment.orderId()), share, key + "-reversal");
        if (clawed instanceof SellerClawback.Clawback.TransferInFlight) {
            return Optional.of(new RefundResult.PayoutInFlight());
        }
        if (clawed instanceof SellerClawback.Clawback.Refused refused) {
            return Optional.of(new RefundResult.GatewayRefused(refused.reason()));
        }
        return Optional.empty();
    }

    /**
     * Stripe says the money was captured (a webhook, or the sweeper reading Stripe): the order becomes
     * paid. A payment never succeeds silently on an order that will not ship: if the order was cancelled
     * meanwhile, the money goes back at once, in the same transaction, with the same idempotency key the
     * cancellation's own refund uses. Stripe's word is checked: a capture of another amount than the
     * order's total leaves the order alone and waits for a person. False when the payment had already
     * been settled.
     */
    public boolean settleSuccess(Payment payment, Optional<String> chargeId, Optional<Card> card, Money received) {
        return unitOfWork.inTransaction(() -> {
            Payment current = settlement.lockWithOrder(Optional.of(payment)).orElseThrow();
            PaymentSettlement.Success success =
                    settlement.succeeded(current, chargeId, card, received, clock.instant());
            if (success == PaymentSettlement.Success.ORDER_NOT_PAYABLE) {
                refundCancelledOrder(new OrderId(payment.orderId()), PAID_AFTER_CANCELLATION);
            }
            return success != PaymentSettlement.Success.ALREADY_SETTLED;
        });
    }

    @Override
    public void cancelUnpaidOrder(OrderId orderId) {
        Optional<Payment> found = store.byOrder(orderId.value());
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
            refundCancelledOrder(orderId, PAID_AFTER_CANCELLATION);
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
        unitOfWork.inTransaction(() -> {
            Payment locked = store.lockById(payment.id()).orElseThrow();
            return settlement.moveTo(locked, PaymentStatus.CANCELLED, clock.instant());
        });
    }
}
