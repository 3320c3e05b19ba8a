package com.sneakers.marketplace.payments.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderService;
import com.sneakers.marketplace.orders.OrderUpdate;
import com.sneakers.marketplace.orders.Viewer;
import com.sneakers.marketplace.payments.IntentResult;
import com.sneakers.marketplace.payments.MissedRefunds;
import com.sneakers.marketplace.payments.NewRefund;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.redrive.Redrive;
import com.sneakers.marketplace.testing.FakeStripe;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingPublisher;
import com.sneakers.marketplace.testing.TestContexts;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestOrders;
import com.sneakers.marketplace.testing.TestRows;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A paid order cancelled whose {@code order.cancelled} never reached payments is refunded by the re-drive. */
class MissedRefundsIT {
    private final DataSource database = TestDatabase.migrated();
    private final TestRows rows = new TestRows(database);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final TestOrders orders = new TestOrders(database, clock);
    private final FakeStripe stripe = new FakeStripe();
    private final RecordingPublisher bus = new RecordingPublisher();
    private final Outbox outbox = bus.outbox(database, clock);
    private final OrderService orderService = TestContexts.orders(database, outbox, clock);
    private final PaymentsModule payments = TestContexts.payments(database, outbox, stripe, clock);
    private final MissedRefunds missed = payments.missedRefunds(new Settings(Map.of()));

    @Test
    void aPaidOrderCancelledWithoutItsRefundIsRefundedAfterTheGracePeriodAndNotBefore() {
        Order order = paid("215.00");
        assertThat(orderService.cancel(new Viewer(order.buyerId(), false), order.id(), "changed my mind"))
                .isInstanceOf(OrderUpdate.Updated.class);
        clock.advance(Duration.ofMinutes(14));
        assertThat(missed.refundMissing(10).redriven())
                .as("within the grace period")
                .isZero();
        assertThat(stripe.refunds()).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        Redrive.Result result = missed.refundMissing(10);

        assertThat(result).isEqualTo(new Redrive.Result(1, 0));
        assertThat(stripe.refunds())
                .extracting(NewRefund::idempotencyKey)
                .containsExactly("order-" + order.id() + "-refund");
        assertThat(rows.text("SELECT status FROM orders WHERE id = ?", order.id()))
                .isEqualTo("refunded");
        assertThat(missed.refundMissing(10).redriven()).as("done once").isZero();
    }

    @Test
    void aCancelledOrderThatWasNeverPaidNeedsNoRefund() {
        Order order = orders.pendingPayment("215.00");
        orderService.cancel(new Viewer(order.buyerId(), false), order.id(), "changed my mind");
        clock.advance(Duration.ofMinutes(20));

        assertThat(missed.refundMissing(10).redriven()).isZero();
        assertThat(stripe.refunds()).isEmpty();
    }

    /** Paid as the sweeper's reconciliation settles a confirmed PaymentIntent whose webhook never came. */
    private Order paid(String price) {
        Order order = orders.pendingPayment(price);
        IntentResult.Created intent =
                (IntentResult.Created) payments.payments().startPayment(new OrderId(order.id()), Optional.empty());
        payments.payments().confirm(intent.payment().paymentId(), order.buyerId(), "pm_card_visa", "confirm-1");
        clock.advance(Duration.ofMinutes(11));
        payments.reconciliation(Duration.ofMinutes(10)).reconcile(20);
        assertThat(rows.text("SELECT status FROM orders WHERE id = ?", order.id()))
                .isEqualTo("processing");
        return order;
    }
}
