package com.sneakers.marketplace.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderService;
import com.sneakers.marketplace.orders.Viewer;
import com.sneakers.marketplace.payments.ConfirmResult;
import com.sneakers.marketplace.payments.IntentResult;
import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.PaymentService;
import com.sneakers.marketplace.payments.payouts.Payouts;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.testing.FakeStripe;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingPublisher;
import com.sneakers.marketplace.testing.TestContexts;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestOrders;
import com.sneakers.marketplace.testing.TestRows;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two calls about one order's money raced so that they overlap for certain: the first is held inside its
 * Stripe call (holding its row locks) until the second is seen waiting for a lock in Postgres; then both
 * finish and the money must add up.
 */
class MoneyRacesIT {
    private final DataSource database = TestDatabase.migrated();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final TestOrders orders = new TestOrders(database, clock);
    private final TestRows rows = new TestRows(database);
    private final FakeStripe fake = new FakeStripe();
    private final CountDownLatch stripeHeld = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile String heldCall = "";
    private final PaymentGateway stripe = holding(fake);
    private final Outbox outbox = new RecordingPublisher().outbox(database, clock);
    private final PaymentService payments = (PaymentService)
            TestContexts.payments(database, outbox, stripe, clock).payments();
    private final Payouts payouts =
            TestContexts.payouts(database, outbox, stripe, clock).payouts();
    private final OrderService orderService = TestContexts.orders(database, outbox, clock);
    private final MoneyReconciliation reconciliation = new MoneyReconciliation(database, clock, Duration.ofHours(1));

    @Test
    void aFullRefundRacingThePayoutClaimLeavesTheSellerUnpaid() throws Exception {
        Order order = paid(orders.pendingPayment("215.00"));
        rows.execute("UPDATE orders SET status = 'completed', completed_at = now() WHERE id = ?", order.id());
        orders.sellerAccount(order.sellerId(), "acct_" + order.sellerId(), true);
        String payoutId = payouts.recordCompletedOrder(new OrderId(order.id()))
                .orElseThrow()
                .payoutId();
        long paymentId = rows.number("SELECT id FROM payments WHERE order_id = ?", order.id());

        heldCall = "createRefund";
        CompletableFuture<?> refund =
                CompletableFuture.runAsync(() -> payments.refund(paymentId, Optional.empty(), "counterfeit", 1L));
        assertThat(stripeHeld.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<?> payout = CompletableFuture.runAsync(() -> payouts.attempt(payoutId));
        awaitALockWait();
        release.countDown();
        refund.get(10, TimeUnit.SECONDS);
        payout.get(10, TimeUnit.SECONDS);

        assertThat(fake.transfers()).isEmpty();
        assertThat(rows.text("SELECT status FROM orders WHERE id = ?", order.id()))
                .isEqualTo("refunded");
        assertThat(reconciliation.check().violations()).isEmpty();
    }

    @Test
    void aCancellationRacingTheConfirmationGetsTheMoneyBackAtOnce() throws Exception {
        Order order = orders.pendingPayment("215.00");
        Payment payment =
                ((IntentResult.Created) payments.startPayment(new OrderId(order.id()), Optional.empty())).payment();

        heldCall = "confirmPaymentIntent";
        CompletableFuture<ConfirmResult> confirm = CompletableFuture.supplyAsync(
                () -> payments.confirm(payment.paymentId(), order.buyerId(), "pm_card_visa", "race"));
        assertThat(stripeHeld.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<?> cancel = CompletableFuture.runAsync(
                () -> orderService.cancel(new Viewer(order.buyerId(), false), order.id(), "changed my mind"));
        awaitALockWait();
        release.countDown();
        assertThat(confirm.get(10, TimeUnit.SECONDS)).isInstanceOf(ConfirmResult.Confirmed.class);
        cancel.get(10, TimeUnit.SECONDS);
        payments.settleSuccess(payment, Optional.of("ch_race"), Optional.empty(), payment.amount());

        assertThat(rows.text("SELECT status FROM orders WHERE id = ?", order.id()))
                .isEqualTo("refunded");
        assertThat(rows.text("SELECT status FROM payments WHERE id = ?", payment.id()))
                .isEqualTo("refunded");
        assertThat(reconciliation.check().violations()).isEmpty();
    }

    private Order paid(Order order) {
        Payment payment =
                ((IntentResult.Created) payments.startPayment(new OrderId(order.id()), Optional.empty())).payment();
        payments.confirm(payment.paymentId(), order.buyerId(), "pm_card_visa", "confirm");
        payments.settleSuccess(payment, Optional.of("ch_" + order.id()), Optional.empty(), payment.amount());
        return order;
    }

    /** Until another connection to this database waits for a row lock. */
    private void awaitALockWait() throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (rows.number("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                            + " AND wait_event_type = 'Lock'")
                    > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The second call never waited for a lock");
    }

    /** The fake, except that the call named {@link #heldCall} waits for {@link #release} once. */
    private PaymentGateway holding(PaymentGateway target) {
        return (PaymentGateway) Proxy.newProxyInstance(
                PaymentGateway.class.getClassLoader(), new Class<?>[] {PaymentGateway.class}, (proxy, method, args) -> {
                    if (method.getName().equals(heldCall) && stripeHeld.getCount() > 0) {
                        stripeHeld.countDown();
                        release.await(10, TimeUnit.SECONDS);
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
