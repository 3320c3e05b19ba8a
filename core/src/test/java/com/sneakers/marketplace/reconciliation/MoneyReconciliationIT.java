package com.sneakers.marketplace.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.payments.IntentResult;
import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.PaymentService;
import com.sneakers.marketplace.payments.RefundResult;
import com.sneakers.marketplace.payments.payouts.PayoutStatus;
import com.sneakers.marketplace.payments.payouts.Payouts;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.testing.FakeStripe;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingPublisher;
import com.sneakers.marketplace.testing.TestContexts;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestOrders;
import com.sneakers.marketplace.testing.TestRows;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation over real money flows (Postgres, the payment and payout services, a Stripe fake):
 * every fate of an order leaves no violation, and the rule breaks the issue found are each caught.
 */
class MoneyReconciliationIT {
    private final DataSource database = TestDatabase.migrated();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final TestOrders orders = new TestOrders(database, clock);
    private final TestRows rows = new TestRows(database);
    private final FakeStripe stripe = new FakeStripe();
    private final Outbox outbox = new RecordingPublisher().outbox(database, clock);
    private final PaymentService payments = (PaymentService)
            TestContexts.payments(database, outbox, stripe, clock).payments();
    private final Payouts payouts =
            TestContexts.payouts(database, outbox, stripe, clock).payouts();
    private final MoneyReconciliation reconciliation = new MoneyReconciliation(database, clock, Duration.ofHours(1));

    @Test
    void aPaidOutOrderAddsUp() {
        Order order = completed(paid());

        payout(order);

        assertThat(reconciliation.check().violations()).isEmpty();
        assertThat(stripe.transfers()).singleElement().satisfies(transfer -> assertThat(transfer.amountCents())
                .isEqualTo(19_565));
    }

    @Test
    void aFullRefundRacingTheBuyersCompletionLeavesNoPayoutToTheSeller() {
        Order order = completed(paid());
        Payment payment = paymentOf(order);

        RefundResult refund = payments.refund(payment.id(), Optional.empty(), "counterfeit", 1L);
        payout(order);

        assertThat(refund).isInstanceOf(RefundResult.Requested.class);
        assertThat(stripe.transfers()).isEmpty();
        assertThat(rows.text("SELECT status FROM orders WHERE id = ?", order.id()))
                .isEqualTo("refunded");
        assertThat(reconciliation.check().violations()).isEmpty();
    }

    @Test
    void aPartialRefundBeforeThePayoutMakesItSmaller() {
        Order order = completed(paid());

        payments.refund(paymentOf(order).id(), Optional.of(new BigDecimal("50.00")), "scuffed", 1L);
        payout(order);

        assertThat(stripe.transfers()).singleElement().satisfies(transfer -> assertThat(transfer.amountCents())
                .isEqualTo(14_565));
        assertThat(reconciliation.check().violations()).isEmpty();
    }

    @Test
    void refundsAfterThePayoutReverseTheTransferAndStillAddUp() {
        Order order = completed(paid());
        payout(order);

        payments.refund(paymentOf(order).id(), Optional.of(new BigDecimal("50.00")), "scuffed", 1L);
        payments.refund(paymentOf(order).id(), Optional.empty(), "returned after all", 1L);

        assertThat(stripe.reversals())
                .extracting(reversal -> reversal.amountCents())
                .containsExactly(5_000L, 14_565L);
        assertThat(rows.text("SELECT status FROM payouts WHERE order_id = ?", order.id()))
                .isEqualTo(PayoutStatus.REVERSED.wire());
        assertThat(rows.text("SELECT status FROM orders WHERE id = ?", order.id()))
                .isEqualTo("refunded");
        assertThat(reconciliation.check().violations()).isEmpty();
    }

    @Test
    void aPayoutForARefundedOrderIsCaught() {
        Order order = completed(paid());
        payout(order);
        rows.execute(
                "UPDATE payments SET status = 'refunded', refunded_amount = amount WHERE order_id = ?", order.id());

        assertThat(reconciliation.check().violations())
                .extracting(Violation::invariant)
                .contains("refunded_amount_is_succeeded_refunds", "stripe_balance_matches_the_records");
    }

    @Test
    void aCancelledOrderThatKeptTheMoneyIsCaughtOnceTheGracePeriodIsOver() {
        Order order = paid();
        rows.execute("UPDATE orders SET status = 'cancelled' WHERE id = ?", order.id());

        assertThat(reconciliation.check().violations()).isEmpty();
        clock.advance(Duration.ofHours(2));
        assertThat(reconciliation.check().violations())
                .extracting(Violation::invariant)
                .containsExactly("cancelled_or_refunded_order_keeps_no_money");
    }

    @Test
    void anOrderThatMovedOnUnpaidIsCaught() {
        Order order = orders.pendingPayment("215.00");
        rows.execute("UPDATE orders SET status = 'shipped' WHERE id = ?", order.id());

        assertThat(reconciliation.check().violations())
                .extracting(Violation::invariant)
                .containsExactly("order_moved_on_only_when_paid");
    }

    @Test
    void aTransferWithoutItsJournalIsCaught() {
        Order order = completed(paid());
        payout(order);
        rows.execute("UPDATE payouts SET stripe_transfer_id = 'tr_unjournaled' WHERE order_id = ?", order.id());

        assertThat(reconciliation.check().violations())
                .extracting(Violation::invariant)
                .contains("transfer_is_journaled", "journaled_transfer_exists");
    }

    private Order paid() {
        Order order = orders.pendingPayment("215.00");
        IntentResult.Created created =
                (IntentResult.Created) payments.startPayment(new OrderId(order.id()), Optional.empty());
        Payment payment = created.payment();
        payments.confirm(payment.paymentId(), order.buyerId(), "pm_card_visa", "confirm-" + order.id());
        payments.settleSuccess(payment, Optional.of("ch_" + order.id()), Optional.empty(), payment.amount());
        return order;
    }

    private Order completed(Order order) {
        rows.execute("UPDATE orders SET status = 'completed', completed_at = now() WHERE id = ?", order.id());
        orders.sellerAccount(order.sellerId(), "acct_" + order.sellerId(), true);
        return order;
    }

    private void payout(Order order) {
        payouts.recordCompletedOrder(new OrderId(order.id())).ifPresent(payout -> payouts.attempt(payout.payoutId()));
    }

    private Payment paymentOf(Order order) {
        return payments.find(rows.number("SELECT id FROM payments WHERE order_id = ?", order.id()))
                .orElseThrow();
    }
}
