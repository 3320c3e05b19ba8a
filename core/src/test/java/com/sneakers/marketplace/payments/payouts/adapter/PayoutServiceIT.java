package com.sneakers.marketplace.payments.payouts.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.payments.GatewayResult;
import com.sneakers.marketplace.payments.NewTransfer;
import com.sneakers.marketplace.payments.PaymentGatewayUnavailable;
import com.sneakers.marketplace.payments.Transfer;
import com.sneakers.marketplace.payments.payouts.Payout;
import com.sneakers.marketplace.payments.payouts.PayoutAttempt;
import com.sneakers.marketplace.payments.payouts.PayoutStatus;
import com.sneakers.marketplace.payments.payouts.Payouts;
import com.sneakers.marketplace.payments.payouts.Reconciliation;
import com.sneakers.marketplace.platform.paging.Paging;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingGateway;
import com.sneakers.marketplace.testing.RecordingPublisher;
import com.sneakers.marketplace.testing.TestContexts;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestOrders;
import com.sneakers.marketplace.testing.TestRows;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Payouts over a real Postgres and stripe-mock. */
class PayoutServiceIT {
    private static final Paging FIRST_PAGE = new Paging(1, 20);
    private final DataSource database = TestDatabase.migrated();
    private final TestRows rows = new TestRows(database);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final TestOrders orders = new TestOrders(database, clock);
    private final RecordingGateway stripe = new RecordingGateway();
    private final RecordingPublisher bus = new RecordingPublisher();
    private final Payouts payouts = TestContexts.payouts(database, bus.outbox(database, clock), stripe, clock)
            .payouts();

    @Test
    void aCompletedOrderOfAnEnabledSellerIsTransferredFromItsChargeAndPaid() {
        Order order = readyOrder("215.00", "ch_paid");
        String payoutId = payouts.recordCompletedOrder(new OrderId(order.id()))
                .orElseThrow()
                .payoutId();

        var before = bus.published();
        PayoutAttempt attempt = payouts.attempt(payoutId);
        var publishedByAttempt = bus.publishedSince(before);

        Payout paid = attempt.payout();
        assertThat(paid.status()).isEqualTo(PayoutStatus.PAID);
        assertThat(paid.stripeTransferId()).startsWith("tr_");
        assertThat(paid.processedAt()).isEqualTo(clock.instant());
        assertThat(paid.amount()).isEqualTo(order.sellerPayout());
        NewTransfer transfer = stripe.transfers().get(0);
        assertThat(transfer.amountCents())
                .isEqualTo(order.amounts().sellerPayout().movePointRight(2).longValueExact());
        assertThat(transfer.currency()).isEqualTo("usd");
        assertThat(transfer.destinationAccountId()).isEqualTo("acct_seller" + order.sellerId());
        assertThat(transfer.transferGroup()).isEqualTo(order.orderNumber());
        assertThat(transfer.sourceChargeId()).isEqualTo("ch_paid");
        assertThat(transfer.idempotencyKey()).isEqualTo(paid.payoutId());
        assertThat(outbox("payout.paid")).isEqualTo(1);
        assertThat(publishedByAttempt).hasSize(1);
    }

    @Test
    void theSameCompletedOrderRecordedAndAttemptedConcurrentlyTransfersOnce() throws Exception {
        Order order = readyOrder("300.00", "ch_once");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(5);
        List<Future<PayoutAttempt>> attempts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            attempts.add(threads.submit(() -> {
                start.await();
                return payouts.attempt(payouts.recordCompletedOrder(new OrderId(order.id()))
                        .orElseThrow()
                        .payoutId());
            }));
        }
        start.countDown();
        for (Future<PayoutAttempt> attempt : attempts) {
            attempt.get();
        }
        threads.shutdown();

        assertThat(stripe.transfers()).hasSize(1);
        assertThat(rows.number("SELECT count(*) FROM payouts WHERE order_id = ?", order.id()))
                .isEqualTo(1);
        assertThat(status(order)).isEqualTo("paid");
        assertThat(outbox("payout.paid")).isEqualTo(1);
    }

    @Test
    void aRefundedOrderGetsNoPayout() {
        Order order = readyOrder("215.00", "ch_refunded");
        orders.status(order.id(), "refunded");

        assertThat(payouts.recordCompletedOrder(new OrderId(order.id()))).isEmpty();
        assertThat(rows.number("SELECT count(*) FROM payouts")).isZero();
    }

    @Test
    void aWaitingPayoutWhoseOrderIsRefundedMeanwhileFailsWithoutATransfer() {
        Order order = orders.completed("215.00");
        orders.charged(order, "ch_1");
        String payoutId = payouts.recordCompletedOrder(new OrderId(order.id()))
                .orElseThrow()
                .payoutId();
        orders.status(order.id(), "refunded");
        orders.sellerAccount(order.sellerId(), "acct_late", true);

        assertThat(payouts.attempt(payoutId).payout().status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(stripe.transfers()).isEmpty();
        assertThat(outbox("payout.failed")).isEqualTo(1);
    }

    @Test
    void aSellerWithoutAccountOrWithPayoutsDisabledLeavesThePayoutPending() {
        Order noAccount = orders.completed("215.00");
        orders.charged(noAccount, "ch_a");
        Order onboarding = orders.completed("215.00");
        orders.charged(onboarding, "ch_b");
        orders.sellerAccount(onboarding.sellerId(), "acct_onboarding", false);

        for (Order order : List.of(noAccount, onboarding)) {
            PayoutAttempt attempt = payouts.attempt(payouts.recordCompletedOrder(new OrderId(order.id()))
                    .orElseThrow()
                    .payoutId());
            assertThat(attempt.payout().status()).isEqualTo(PayoutStatus.PENDING);
        }
        assertThat(stripe.transfers()).isEmpty();
    }

    @Test
    void stripeRefusingTheTransferFailsThePayoutOnce() {
        Order order = readyOrder("215.00", "ch_refused");
        stripe.answerTransfers(transfer -> new GatewayResult.Rejected<>(
                400, Optional.of("insufficient_funds"), "Insufficient funds in the platform balance"));

        PayoutAttempt attempt = payouts.attempt(payouts.recordCompletedOrder(new OrderId(order.id()))
                .orElseThrow()
                .payoutId());

        assertThat(attempt.payout().status()).isEqualTo(PayoutStatus.FAILED);
        var before = bus.published();
        payouts.attempt(attempt.payout().payoutId());
        assertThat(bus.publishedSince(before)).isEmpty();
        assertThat(stripe.transfers()).hasSize(1);
        assertThat(outbox("payout.failed")).isEqualTo(1);
    }

    @Test
    void stripeUnreachableLeavesThePayoutPendingAndTheRetryUsesTheSameIdempotencyKey() {
        Order order = readyOrder("215.00", "ch_outage");
        String payoutId = payouts.recordCompletedOrder(new OrderId(order.id()))
                .orElseThrow()
                .payoutId();
        stripe.answerTransfers(transfer -> {
            throw new PaymentGatewayUnavailable("Stripe answered 503", new IOException("503"));
        });

        assertThatThrownBy(() -> payouts.attempt(payoutId)).isInstanceOf(PaymentGatewayUnavailable.class);
        assertThat(status(order)).isEqualTo("pending");

        stripe.answerTransfers(
                transfer -> GatewayResult.succeeded(new Transfer("tr_after_outage", transfer.amountCents(), false)));
        assertThat(payouts.attempt(payoutId).payout().stripeTransferId()).isEqualTo("tr_after_outage");
        assertThat(stripe.transfers()).extracting(NewTransfer::idempotencyKey).containsExactly(payoutId, payoutId);
    }

    @Test
    void reconciliationRetriesWaitingPayoutsOnceTheChargeIsKnownAndTheSellerEnabled() {
        Order order = orders.completed("215.00");
        String payoutId = payouts.recordCompletedOrder(new OrderId(order.id()))
                .orElseThrow()
                .payoutId();
        assertThat(payouts.attempt(payoutId).payout().status()).isEqualTo(PayoutStatus.PENDING);

        clock.advance(Duration.ofMinutes(6));
        Reconciliation tooEarly = payouts.reconcile(clock.instant(), 10);
        assertThat(tooEarly.waiting()).isEqualTo(1);

        orders.charged(order, "ch_late");
        orders.sellerAccount(order.sellerId(), "acct_later", true);
        assertThat(payouts.reconcile(clock.instant(), 10).paid())
                .as("touched a moment ago: not retried yet")
                .isZero();
        clock.advance(Duration.ofMinutes(6));
        var before = bus.published();
        Reconciliation later = payouts.reconcile(clock.instant(), 10);

        assertThat(later.paid()).isEqualTo(1);
        assertThat(bus.publishedSince(before)).hasSize(1);
        assertThat(status(order)).isEqualTo("paid");
    }

    @Test
    void reconciliationSettlesAPayoutLeftProcessingByRepeatingItsIdempotentTransfer() {
        Order order = readyOrder("215.00", "ch_crash");
        String payoutId = payouts.recordCompletedOrder(new OrderId(order.id()))
                .orElseThrow()
                .payoutId();
        rows.execute(
                "UPDATE payouts SET status = 'processing', stripe_account_id = ?, updated_at = ? WHERE payout_id = ?",
                "acct_seller" + order.sellerId(),
                Timestamp.valueOf("2026-11-25 12:00:00"),
                payoutId);

        clock.advance(Duration.ofMinutes(5));
        assertThat(payouts.reconcile(clock.instant(), 10).paid()).isZero();
        clock.advance(Duration.ofMinutes(6));
        Reconciliation run = payouts.reconcile(clock.instant(), 10);

        assertThat(run.paid()).isEqualTo(1);
        assertThat(status(order)).isEqualTo("paid");
        assertThat(stripe.transfers()).extracting(NewTransfer::idempotencyKey).containsExactly(payoutId);
    }

    @Test
    void aPayoutProcessingBeyondStripesIdempotencyWindowIsReportedNotRetried() {
        Order order = readyOrder("215.00", "ch_old");
        String payoutId = payouts.recordCompletedOrder(new OrderId(order.id()))
                .orElseThrow()
                .payoutId();
        rows.execute(
                "UPDATE payouts SET status = 'processing', stripe_account_id = 'acct_x', updated_at = ?"
                        + " WHERE payout_id = ?",
                Timestamp.valueOf("2026-11-25 12:00:00"),
                payoutId);
        clock.advance(Duration.ofDays(2));

        assertThat(payouts.reconcile(clock.instant(), 10).stuck()).isEqualTo(1);
        assertThat(stripe.transfers()).isEmpty();
        assertThat(status(order)).isEqualTo("processing");
    }

    @Test
    void aSellerSeesTheirOwnPayoutsFilteredByStatus() {
        Order order = readyOrder("215.00", "ch_list");
        payouts.attempt(payouts.recordCompletedOrder(new OrderId(order.id()))
                .orElseThrow()
                .payoutId());

        assertThat(payouts.listOfSeller(order.sellerId(), null, FIRST_PAGE).items())
                .extracting(Payout::orderNumber)
                .containsExactly(order.orderNumber());
        assertThat(payouts.listOfSeller(order.sellerId(), PayoutStatus.PENDING, FIRST_PAGE)
                        .total())
                .isZero();
        assertThat(payouts.listOfSeller(order.buyerId(), null, FIRST_PAGE).total())
                .isZero();
    }

    private Order readyOrder(String price, String chargeId) {
        Order order = orders.completed(price);
        orders.charged(order, chargeId);
        orders.sellerAccount(order.sellerId(), "acct_seller" + order.sellerId(), true);
        return order;
    }

    private String status(Order order) {
        return rows.text("SELECT status FROM payouts WHERE order_id = ?", order.id());
    }

    private long outbox(String detailType) {
        return rows.number("SELECT count(*) FROM outbox WHERE detail_type = ?", detailType);
    }
}
