package com.sneakers.marketplace.payments.payouts.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.payments.PaymentGatewayUnavailable;
import com.sneakers.marketplace.payments.payouts.Payout;
import com.sneakers.marketplace.payments.payouts.PayoutRedrive;
import com.sneakers.marketplace.payments.payouts.PayoutStatus;
import com.sneakers.marketplace.payments.payouts.Payouts;
import com.sneakers.marketplace.payments.payouts.Reconciliation;
import com.sneakers.marketplace.platform.paging.Paging;
import com.sneakers.marketplace.testing.FakeStripe;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingPublisher;
import com.sneakers.marketplace.testing.TestContexts;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestOrders;
import com.sneakers.marketplace.testing.TestRows;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Payouts that did not pay are tried again: when, under which idempotency key, and when no more. */
class PayoutRetriesIT {
    private final DataSource database = TestDatabase.migrated();
    private final TestRows rows = new TestRows(database);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final TestOrders orders = new TestOrders(database, clock);
    private final FakeStripe stripe = new FakeStripe();
    private final RecordingPublisher bus = new RecordingPublisher();
    private final Payouts payouts = TestContexts.payouts(database, bus.outbox(database, clock), stripe, clock)
            .payouts();

    @Test
    void aTransferRefusedForAReasonThatCanClearIsRetriedAfterTheDelayUnderANewIdempotencyKey() {
        String payoutId = recordedPayout("ch_balance");
        stripe.refuseTransfers("balance_insufficient");

        Payout refused = payouts.attempt(payoutId).payout();

        assertThat(refused.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(refused.retries().attempts()).isEqualTo(1);
        assertThat(refused.retries().nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(refused.retries().lastError()).contains("balance_insufficient");
        stripe.acceptTransfers();
        clock.advance(Duration.ofMinutes(4));
        assertThat(payouts.reconcile(clock.instant(), 10).paid())
                .as("not due yet")
                .isZero();

        clock.advance(Duration.ofMinutes(1));
        Reconciliation due = payouts.reconcile(clock.instant(), 10);

        assertThat(due.paid()).isEqualTo(1);
        assertThat(status(payoutId)).isEqualTo("paid");
        assertThat(stripe.transfers())
                .extracting(transfer -> transfer.idempotencyKey())
                .containsExactly(payoutId, payoutId + "-attempt-2");
        assertThat(stripe.transfersMade()).hasSize(1);
    }

    @Test
    void theDelayDoublesAndAfterTheLastAttemptThePayoutStaysFailedForAPerson() {
        String payoutId = recordedPayout("ch_never");
        stripe.refuseTransfers("balance_insufficient");
        payouts.attempt(payoutId);

        List<Duration> delays = new ArrayList<>();
        for (int attempt = 2; attempt <= 10; attempt++) {
            Duration delay =
                    Duration.between(clock.instant(), payout(payoutId).retries().nextAttemptAt());
            delays.add(delay);
            clock.advance(delay);
            payouts.reconcile(clock.instant(), 10);
        }

        assertThat(delays)
                .extracting(Duration::toMinutes)
                .containsExactly(5L, 10L, 20L, 40L, 80L, 160L, 320L, 360L, 360L);
        assertThat(stripe.transfers()).hasSize(10);
        assertThat(rows.text("SELECT status FROM payouts WHERE payout_id = ?", payoutId))
                .isEqualTo("failed");
        assertThat(rows.number(
                        "SELECT count(*) FROM payouts WHERE payout_id = ? AND next_attempt_at IS NULL", payoutId))
                .isEqualTo(1);
        clock.advance(Duration.ofDays(2));
        payouts.reconcile(clock.instant(), 10);
        assertThat(stripe.transfers()).as("no eleventh attempt").hasSize(10);
    }

    @Test
    void aRefusalThatCannotClearFailsAtOnceAndIsNotRetried() {
        String payoutId = recordedPayout("ch_bad_account");
        stripe.refuseTransfers("account_invalid");

        Payout failed = payouts.attempt(payoutId).payout();
        clock.advance(Duration.ofDays(1));
        payouts.reconcile(clock.instant(), 10);

        assertThat(failed.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(failed.retries().nextAttemptAt()).isNull();
        assertThat(stripe.transfers()).hasSize(1);
        assertThat(outbox("payout.failed")).isEqualTo(1);
    }

    @Test
    void anUnreachableStripeIsTriedAgainWithBackoffUnderTheSameKey() {
        String payoutId = recordedPayout("ch_outage");
        stripe.transfersUnreachable();
        assertThatThrownBy(() -> payouts.attempt(payoutId)).isInstanceOf(PaymentGatewayUnavailable.class);
        clock.advance(Duration.ofMinutes(5));
        assertThat(payouts.reconcile(clock.instant(), 10).stripeUnavailable()).isEqualTo(1);
        assertThat(status(payoutId)).isEqualTo("pending");

        clock.advance(Duration.ofMinutes(9));
        assertThat(payouts.reconcile(clock.instant(), 10).stripeUnavailable())
                .as("the second outage waits ten minutes")
                .isZero();
        stripe.acceptTransfers();
        clock.advance(Duration.ofMinutes(1));
        assertThat(payouts.reconcile(clock.instant(), 10).paid()).isEqualTo(1);

        assertThat(stripe.transfers())
                .extracting(transfer -> transfer.idempotencyKey())
                .containsOnly(payoutId)
                .hasSize(3);
    }

    @Test
    void aRetryLeftProcessingByACrashIsRepeatedUnderItsOwnKeyAndPaysOnce() {
        String payoutId = recordedPayout("ch_crash");
        stripe.refuseTransfers("balance_insufficient");
        payouts.attempt(payoutId);
        stripe.acceptTransfers();
        stripe.crashAfterTransfers();
        clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(() -> payouts.reconcile(clock.instant(), 10)).isInstanceOf(FakeStripe.SimulatedCrash.class);
        assertThat(status(payoutId)).isEqualTo("processing");

        stripe.acceptTransfers();
        clock.advance(Duration.ofMinutes(11));
        assertThat(payouts.reconcile(clock.instant(), 10).paid()).isEqualTo(1);

        assertThat(stripe.transfers())
                .extracting(transfer -> transfer.idempotencyKey())
                .containsExactly(payoutId, payoutId + "-attempt-2", payoutId + "-attempt-2");
        assertThat(stripe.transfersMade()).hasSize(1);
        assertThat(rows.text("SELECT stripe_transfer_id FROM payouts WHERE payout_id = ?", payoutId))
                .isEqualTo(stripe.transfersMade().get(0).id());
    }

    @Test
    void anAdminRedrivesAFailedPayoutAtOnceUnderANewKey() {
        String payoutId = recordedPayout("ch_admin");
        stripe.refuseTransfers("account_invalid");
        payouts.attempt(payoutId);
        stripe.acceptTransfers();

        PayoutRedrive redrive = payouts.retry(payoutId);

        assertThat(redrive).isInstanceOfSatisfying(PayoutRedrive.Attempted.class, attempted -> assertThat(
                        attempted.attempt().payout().status())
                .isEqualTo(PayoutStatus.PAID));
        assertThat(stripe.transfers())
                .extracting(transfer -> transfer.idempotencyKey())
                .containsExactly(payoutId, payoutId + "-attempt-2");
        assertThat(outbox("payout.paid")).isEqualTo(1);
    }

    @Test
    void onlyAFailedPayoutIsRedrivenAndAnUnknownOneIsNotFound() {
        String payoutId = recordedPayout("ch_fine");
        payouts.attempt(payoutId);

        Order waitingOrder = orders.completed("215.00");
        String waiting = payouts.recordCompletedOrder(new OrderId(waitingOrder.id()))
                .orElseThrow()
                .payoutId();

        assertThat(payouts.retry(payoutId)).isInstanceOf(PayoutRedrive.NotFailed.class);
        assertThat(payouts.retry(waiting)).isInstanceOf(PayoutRedrive.NotFailed.class);
        assertThat(payouts.retry("po_unknown")).isInstanceOf(PayoutRedrive.NotFound.class);
        assertThat(stripe.transfers()).hasSize(1);
    }

    private String recordedPayout(String chargeId) {
        Order order = orders.completed("215.00");
        orders.charged(order, chargeId);
        orders.sellerAccount(order.sellerId(), "acct_" + chargeId, true);
        return payouts.recordCompletedOrder(new OrderId(order.id()))
                .orElseThrow()
                .payoutId();
    }

    private Payout payout(String payoutId) {
        long seller = rows.number("SELECT seller_id FROM payouts WHERE payout_id = ?", payoutId);
        return payouts.listOfSeller(seller, null, new Paging(1, 1)).items().get(0);
    }

    private String status(String payoutId) {
        return rows.text("SELECT status FROM payouts WHERE payout_id = ?", payoutId);
    }

    private long outbox(String detailType) {
        return rows.number("SELECT count(*) FROM outbox WHERE detail_type = ?", detailType);
    }
}
