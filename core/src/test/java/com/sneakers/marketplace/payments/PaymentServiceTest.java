package com.sneakers.marketplace.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.identity.UserId;
import com.sneakers.marketplace.orders.Deadlines;
import com.sneakers.marketplace.orders.FeeSchedule;
import com.sneakers.marketplace.orders.InMemoryOrderStore;
import com.sneakers.marketplace.orders.MatchCreated;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderService;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.Viewer;
import com.sneakers.marketplace.payments.ledger.InMemoryLedger;
import com.sneakers.marketplace.payments.ledger.Journal;
import com.sneakers.marketplace.payments.ledger.JournalKind;
import com.sneakers.marketplace.platform.money.Money;
import com.sneakers.marketplace.platform.transaction.UnitOfWork;
import com.sneakers.marketplace.testing.DirectUnitOfWork;
import com.sneakers.marketplace.testing.FakeStripe;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.NoShippingAddresses;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The payment rules over in-memory ports: orders, payment records and Stripe, without a database. */
class PaymentServiceTest {
    private static final long BUYER = 10;
    private static final long SELLER = 20;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final UnitOfWork direct = new DirectUnitOfWork();
    private final InMemoryOrderStore orderStore = new InMemoryOrderStore();
    private final OrderService orders = new OrderService(
            orderStore,
            direct,
            new NoShippingAddresses(),
            (matchId, at) -> {},
            FeeSchedule.DEFAULT,
            Deadlines.DEFAULT,
            clock);
    private final InMemoryPaymentRecords records = new InMemoryPaymentRecords();
    private final FakeStripe stripe = new FakeStripe();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final List<Money> clawedBack = new CopyOnWriteArrayList<>();
    private SellerClawback.Clawback clawbackAnswer = new SellerClawback.Clawback.NothingPaidOut();
    private final PaymentSettlement settlement = new PaymentSettlement(
            records,
            orders,
            new PaymentEventLog() {
                @Override
                public void succeeded(Payment payment, Instant at) {
                    events.add("payment.succeeded " + payment.status().wire());
                }

                @Override
                public void refunded(Payment payment, Instant at) {
                    events.add("payment.refunded " + payment.status().wire());
                }
            },
            ledger);
    private final PaymentService payments = new PaymentService(
            direct,
            records,
            orders,
            settlement,
            stripe,
            (orderId, share, key) -> {
                clawedBack.add(share);
                return clawbackAnswer;
            },
            clock);
    private long matches;

    @Test
    void theBuyerGetsOnePaymentIntentForTheOrdersTotalInCentsAndNobodyElseGetsOne() {
        Order order = pendingOrder("215.00");

        IntentResult first = payments.startPayment(new OrderId(order.id()), Optional.of(new UserId(BUYER)));
        IntentResult again = payments.startPayment(new OrderId(order.id()), Optional.of(new UserId(BUYER)));
        IntentResult stranger = payments.startPayment(new OrderId(order.id()), Optional.of(new UserId(SELLER)));

        assertThat(first).isInstanceOf(IntentResult.Created.class);
        assertThat(again).isInstanceOf(IntentResult.Existing.class);
        assertThat(stranger).isInstanceOf(IntentResult.OrderNotFound.class);
        assertThat(stripe.intents()).singleElement().satisfies(intent -> {
            assertThat(intent.amountCents()).isEqualTo(22_145);
            assertThat(intent.currency()).isEqualTo("usd");
        });
        assertThat(((IntentResult.Created) first).payment().amount()).isEqualTo(order.total());
    }

    @Test
    void anOrderThatIsNoLongerWaitingForPaymentGetsNoPaymentIntent() {
        Order order = pendingOrder("215.00");
        orders.cancel(new Viewer(BUYER, false), order.id(), "changed my mind");

        IntentResult result = payments.startPayment(new OrderId(order.id()), Optional.of(new UserId(BUYER)));

        assertThat(result).isEqualTo(new IntentResult.OrderNotPayable(OrderStatus.CANCELLED));
        assertThat(stripe.intents()).isEmpty();
    }

    @Test
    void aSucceededPaymentPaysItsOrderOnceHoweverOftenTheNewsArrives() {
        Order order = pendingOrder("215.00");
        Payment payment = started(order);

        boolean first = payments.settleSuccess(payment, Optional.of("ch_1"), Optional.empty(), payment.amount());
        boolean again = payments.settleSuccess(
                records.byId(payment.id()).orElseThrow(), Optional.of("ch_1"), Optional.empty(), payment.amount());

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(status(order)).isEqualTo(OrderStatus.PROCESSING);
        assertThat(events).containsExactly("payment.succeeded succeeded");
    }

    @Test
    void aPaymentIsNotConfirmedOnceItsOrderWasCancelled() {
        Order order = pendingOrder("215.00");
        Payment payment = started(order);
        orders.cancel(new Viewer(BUYER, false), order.id(), "changed my mind");

        ConfirmResult result = payments.confirm(payment.paymentId(), BUYER, "pm_card_visa", "confirm-1");

        assertThat(result).isEqualTo(new ConfirmResult.OrderNotPayable(OrderStatus.CANCELLED));
        assertThat(stripe.intents())
                .extracting(PaymentIntent::status)
                .containsExactly(PaymentIntent.REQUIRES_PAYMENT_METHOD);
    }

    @Test
    void aSuccessForAnOrderCancelledMeanwhileGivesTheMoneyBackAtOnce() {
        Order order = pendingOrder("215.00");
        Payment payment = started(order);
        orders.cancel(new Viewer(BUYER, false), order.id(), "changed my mind");

        boolean settled = payments.settleSuccess(payment, Optional.of("ch_late"), Optional.empty(), payment.amount());

        assertThat(settled).isTrue();
        assertThat(stripe.refunds()).singleElement().satisfies(refund -> {
            assertThat(refund.amountCents()).hasValue(22_145);
            assertThat(refund.idempotencyKey()).isEqualTo("order-" + order.id() + "-refund");
        });
        assertThat(records.byId(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(status(order)).isEqualTo(OrderStatus.REFUNDED);
    }

    @Test
    void refundsNeverAddUpToMoreThanWasCapturedAndTheLastOneRefundsTheOrder() {
        Order order = pendingOrder("215.00");
        Payment payment = succeeded(started(order));

        RefundResult part = payments.refund(payment.id(), Optional.of(new BigDecimal("50.00")), "scuffed", 1L);
        RefundResult tooMuch = payments.refund(payment.id(), Optional.of(new BigDecimal("200.00")), "more", 1L);
        RefundResult rest = payments.refund(payment.id(), Optional.empty(), "returned", 1L);
        RefundResult nothingLeft = payments.refund(payment.id(), Optional.empty(), "again", 1L);

        assertThat(part).isInstanceOf(RefundResult.Requested.class);
        assertThat(tooMuch).isEqualTo(new RefundResult.ExceedsCeiling(new BigDecimal("171.45")));
        assertThat(rest).isInstanceOf(RefundResult.Requested.class);
        assertThat(((RefundResult.Requested) rest).refund().amount()).isEqualTo(Money.of("171.45", "USD"));
        assertThat(nothingLeft).isEqualTo(new RefundResult.NotRefundable(PaymentStatus.REFUNDED));
        assertThat(records.byId(payment.id()).orElseThrow().refundedAmount()).isEqualTo(Money.of("221.45", "USD"));
        assertThat(status(order)).isEqualTo(OrderStatus.REFUNDED);
        assertThat(events)
                .containsExactly(
                        "payment.succeeded succeeded",
                        "payment.refunded partially_refunded",
                        "payment.refunded refunded");
    }

    @Test
    void anUnpaidOrdersCancellationCancelsItsPaymentIntent() {
        Order order = pendingOrder("215.00");
        Payment payment = started(order);

        payments.cancelUnpaidOrder(new OrderId(order.id()));

        assertThat(stripe.cancelled()).containsExactly(payment.stripePaymentIntentId());
        assertThat(records.byId(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(stripe.refunds()).isEmpty();
    }

    @Test
    void anOrderCancelledUnpaidWhosePaymentSucceededAfterAllIsRefundedInFull() {
        Order order = pendingOrder("215.00");
        Payment payment = succeeded(started(order));

        payments.cancelUnpaidOrder(new OrderId(order.id()));

        assertThat(stripe.cancelled()).isEmpty();
        assertThat(stripe.refunds()).singleElement().satisfies(refund -> {
            assertThat(refund.amountCents()).hasValue(22_145);
            assertThat(refund.idempotencyKey()).isEqualTo("order-" + order.id() + "-refund");
        });
        assertThat(records.byId(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void aSecondConfirmationOfAPaymentStripeAlreadyTookIsAConflictNotAStripeRefusal() {
        Order order = pendingOrder("215.00");
        Payment payment = started(order);

        ConfirmResult first = payments.confirm(payment.paymentId(), BUYER, "pm_card_visa", "first");
        ConfirmResult second = payments.confirm(payment.paymentId(), BUYER, "pm_card_visa", "second");

        assertThat(first).isInstanceOf(ConfirmResult.Confirmed.class);
        assertThat(second).isEqualTo(new ConfirmResult.AlreadyConfirmed(PaymentIntent.SUCCEEDED));
    }

    @Test
    void aCapturedChargeIsJournaledOnceHoweverOftenTheNewsArrives() {
        Payment payment = started(pendingOrder("215.00"));

        succeeded(payment);
        succeeded(payment);

        assertThat(ledger.journals()).singleElement().satisfies(journal -> {
            assertThat(journal.kind()).isEqualTo(JournalKind.CHARGE_CAPTURED);
            assertThat(journal.reference()).isEqualTo(payment.stripePaymentIntentId());
        });
    }

    @Test
    void aCaptureOfAnotherAmountThanTheOrdersTotalIsFlaggedAndLeavesTheOrderUnpaid() {
        Order order = pendingOrder("215.00");
        Payment payment = started(order);

        payments.settleSuccess(payment, Optional.of("ch_short"), Optional.empty(), Money.of("21.45", "USD"));

        assertThat(status(order)).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(records.flagged()).containsKey(payment.id());
        assertThat(ledger.journals()).singleElement().satisfies(journal -> assertThat(journal.kind())
                .isEqualTo(JournalKind.UNMATCHED_CHARGE));
        assertThat(events).isEmpty();
    }

    @Test
    void aCaptureInAnotherCurrencyIsFlaggedToo() {
        Order order = pendingOrder("215.00");
        Payment payment = started(order);

        payments.settleSuccess(payment, Optional.of("ch_eur"), Optional.empty(), Money.of("221.45", "EUR"));

        assertThat(status(order)).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(records.flagged()).containsKey(payment.id());
    }

    @Test
    void aRefundTakesTheSellersShareBackFromTheirPayoutFirst() {
        Payment payment = succeeded(started(pendingOrder("215.00")));

        payments.refund(payment.id(), Optional.of(new BigDecimal("50.00")), "scuffed", 1L);
        payments.refund(payment.id(), Optional.empty(), "returned", 1L);

        // payout 215.00 - 19.35 = 195.65: the first 50.00 are the seller's, then 145.65 more, then fees only
        assertThat(clawedBack).containsExactly(Money.of("50.00", "USD"), Money.of("145.65", "USD"));
    }

    @Test
    void aRefundWaitsWhileTheSellersPayoutIsBeingTransferred() {
        Payment payment = succeeded(started(pendingOrder("215.00")));
        clawbackAnswer = new SellerClawback.Clawback.TransferInFlight();

        RefundResult result = payments.refund(payment.id(), Optional.empty(), "returned", 1L);

        assertThat(result).isEqualTo(new RefundResult.PayoutInFlight());
        assertThat(stripe.refunds()).isEmpty();
    }

    @Test
    void aFullRefundOfACompletedOrderRefundsTheOrder() {
        Order order = pendingOrder("215.00");
        Payment payment = succeeded(started(order));
        orderStore.force(order.id(), OrderStatus.COMPLETED);

        payments.refund(payment.id(), Optional.empty(), "counterfeit", 1L);

        assertThat(status(order)).isEqualTo(OrderStatus.REFUNDED);
    }

    @Test
    void aRefundThatFailsAfterSucceedingReopensItsAmountAndIsJournaledBack() {
        Order order = pendingOrder("215.00");
        Payment payment = succeeded(started(order));
        RefundResult.Requested part = (RefundResult.Requested)
                payments.refund(payment.id(), Optional.of(new BigDecimal("50.00")), "scuffed", 1L);

        records.updateRefund(part.refund().stripeRefundId(), "failed", clock.instant());
        settlement.refundsChanged(records.byId(payment.id()).orElseThrow(), null, clock.instant());

        Payment after = records.byId(payment.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(after.refundedAmount()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(ledger.journals())
                .extracting(Journal::kind)
                .containsExactly(JournalKind.CHARGE_CAPTURED, JournalKind.REFUND, JournalKind.REFUND_FAILED);
        RefundResult again = payments.refund(payment.id(), Optional.empty(), "again", 1L);
        assertThat(((RefundResult.Requested) again).refund().amount()).isEqualTo(Money.of("221.45", "USD"));
    }

    @Test
    void aLostCardDisputeHoldsThenTakesTheSellersShareOnceHoweverOftenStripeReportsIt() {
        Payment payment = succeeded(started(pendingOrder("215.00")));
        CardDispute opened = new CardDispute("dp_1", Money.of("221.45", "USD"), "fraudulent", "needs_response");
        CardDispute lost = new CardDispute("dp_1", Money.of("221.45", "USD"), "fraudulent", "lost");

        settlement.disputeChanged(payment, opened, clock.instant());
        settlement.disputeChanged(payment, opened, clock.instant());
        settlement.disputeChanged(payment, lost, clock.instant());
        settlement.disputeChanged(payment, lost, clock.instant());

        assertThat(ledger.journals())
                .extracting(Journal::kind)
                .containsExactly(JournalKind.CHARGE_CAPTURED, JournalKind.DISPUTE_OPENED, JournalKind.DISPUTE_LOST);
        assertThat(balance("seller_payable:" + SELLER)).isEqualByComparingTo("0.00");
        assertThat(balance("seller_held:" + SELLER)).isEqualByComparingTo("0.00");
        assertThat(balance("disputes")).isEqualByComparingTo("0.00");
        assertThat(balance("stripe_balance")).isEqualByComparingTo("0.00");
    }

    @Test
    void aWonCardDisputeGivesTheMoneyAndTheSellersShareBack() {
        Payment payment = succeeded(started(pendingOrder("215.00")));

        settlement.disputeChanged(
                payment, new CardDispute("dp_2", Money.of("100.00", "USD"), "fraudulent", "won"), clock.instant());

        assertThat(ledger.journals())
                .extracting(Journal::kind)
                .containsExactly(JournalKind.CHARGE_CAPTURED, JournalKind.DISPUTE_OPENED, JournalKind.DISPUTE_WON);
        assertThat(balance("seller_payable:" + SELLER)).isEqualByComparingTo("-195.65");
        assertThat(balance("stripe_balance")).isEqualByComparingTo("221.45");
        assertThat(balance("disputes")).isEqualByComparingTo("0.00");
    }

    private BigDecimal balance(String account) {
        return ledger.balances().stream()
                .filter(balance -> balance.account().equals(account))
                .map(balance -> balance.balance().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Order pendingOrder(String price) {
        matches++;
        return orders.createFromMatch(new MatchCreated(
                        matches, BUYER, SELLER, 1, 2, new BigDecimal(price), "USD", 1, clock.instant()))
                .order();
    }

    private Payment started(Order order) {
        return ((IntentResult.Created) payments.startPayment(new OrderId(order.id()), Optional.of(new UserId(BUYER))))
                .payment();
    }

    private Payment succeeded(Payment payment) {
        payments.settleSuccess(payment, Optional.of("ch_" + payment.id()), Optional.empty(), payment.amount());
        return records.byId(payment.id()).orElseThrow();
    }

    private OrderStatus status(Order order) {
        return orderStore.find(order.id()).orElseThrow().status();
    }
}
