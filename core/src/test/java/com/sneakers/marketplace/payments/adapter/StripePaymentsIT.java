package com.sneakers.marketplace.payments.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.identity.UserId;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.payments.IntentResult;
import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.PaymentStatus;
import com.sneakers.marketplace.payments.Payments;
import com.sneakers.marketplace.payments.RefundResult;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.TestContexts;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestOrders;
import com.sneakers.marketplace.testing.TestRows;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Payments over a real Postgres and localstripe. */
class StripePaymentsIT {
    private final DataSource database = TestDatabase.migrated();
    private final TestRows rows = new TestRows(database);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final StripePaymentGateway gateway =
            StripePaymentGateway.create(StripeEmulators.API_KEY, StripeEmulators.localstripe());
    private final Payments payments = TestContexts.payments(
                    database, Outbox.publishingAfterCommit(database, events -> Map.of(), clock), gateway, clock)
            .payments();

    @Test
    void theOrdersPaymentIsMadeOnceForItsTotalAndOnlyItsBuyerGetsIt() {
        Order order = order();

        IntentResult first = payments.startPayment(new OrderId(order.id()), Optional.of(new UserId(order.buyerId())));
        IntentResult second = payments.startPayment(new OrderId(order.id()), Optional.empty());
        IntentResult stranger =
                payments.startPayment(new OrderId(order.id()), Optional.of(new UserId(order.sellerId())));

        Payment payment = ((IntentResult.Created) first).payment();
        assertThat(payment.amount()).isEqualTo(order.total());
        assertThat(payment.currency()).isEqualTo("USD");
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(((IntentResult.Existing) second).payment()).isEqualTo(payment);
        assertThat(stranger).isInstanceOf(IntentResult.OrderNotFound.class);
    }

    @Test
    void anOrderNoLongerPendingPaymentGetsNoIntent() {
        Order order = order();
        rows.execute("UPDATE orders SET status = 'cancelled' WHERE id = ?", order.id());

        assertThat(payments.startPayment(new OrderId(order.id()), Optional.of(new UserId(order.buyerId()))))
                .isEqualTo(new IntentResult.OrderNotPayable(OrderStatus.CANCELLED));
        assertThat(rows.number("SELECT count(*) FROM payments")).isZero();
    }

    @Test
    void aPaymentNotCapturedCannotBeRefunded() {
        Order order = order();
        Payment payment =
                ((IntentResult.Created) payments.startPayment(new OrderId(order.id()), Optional.empty())).payment();

        assertThat(payments.refund(payment.id(), Optional.empty(), "why", null))
                .isEqualTo(new RefundResult.NotRefundable(PaymentStatus.PENDING));
    }

    @Test
    void concurrentRefundsNeverAddUpToMoreThanWasCaptured() throws Exception {
        Payment payment = capturedPayment();
        BigDecimal moreThanHalf = payment.amount().amount().subtract(new BigDecimal("100.00"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<RefundResult>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(threads.submit(() -> {
                start.await();
                return payments.refund(payment.id(), Optional.of(moreThanHalf), "concurrent", null);
            }));
        }
        start.countDown();
        List<RefundResult> outcomes = new ArrayList<>();
        for (Future<RefundResult> result : results) {
            outcomes.add(result.get());
        }
        threads.shutdown();

        assertThat(outcomes)
                .filteredOn(RefundResult.Requested.class::isInstance)
                .hasSize(1);
        assertThat(outcomes)
                .filteredOn(RefundResult.ExceedsCeiling.class::isInstance)
                .hasSize(1);
        assertThat(rows.number("SELECT count(*) FROM refunds WHERE payment_id = ?", payment.id()))
                .isEqualTo(1);
    }

    @Test
    void aFullRefundAfterAPartialOneReturnsWhatIsLeftAndRefundsTheOrder() {
        Payment payment = capturedPayment();

        payments.refund(payment.id(), Optional.of(new BigDecimal("20.00")), "scuffed", null);
        RefundResult rest = payments.refund(payment.id(), Optional.empty(), "returned", null);

        assertThat(((RefundResult.Requested) rest).refund().amount().amount())
                .isEqualTo(payment.amount().amount().subtract(new BigDecimal("20.00")));
        assertThat(((RefundResult.Requested) rest).payment().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(rows.text("SELECT status FROM orders WHERE id = ?", payment.orderId()))
                .isEqualTo("refunded");
        assertThat(payments.refund(payment.id(), Optional.empty(), "again", null))
                .isEqualTo(new RefundResult.NotRefundable(PaymentStatus.REFUNDED));
    }

    /** A payment captured at localstripe, its order paid, as the webhook leaves them. */
    private Payment capturedPayment() {
        Order order = order();
        Payment payment =
                ((IntentResult.Created) payments.startPayment(new OrderId(order.id()), Optional.empty())).payment();
        gateway.confirmPaymentIntent(payment.stripePaymentIntentId(), "pm_card_visa", "it-" + payment.paymentId())
                .orElseThrow();
        rows.execute("UPDATE payments SET status = 'succeeded' WHERE id = ?", payment.id());
        rows.execute("UPDATE orders SET status = 'processing' WHERE id = ?", order.id());
        return payments.find(payment.id()).orElseThrow();
    }

    private Order order() {
        return new TestOrders(database, clock).pendingPayment("215.00");
    }
}
