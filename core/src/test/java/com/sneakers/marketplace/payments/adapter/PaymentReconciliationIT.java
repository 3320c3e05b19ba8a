package com.sneakers.marketplace.payments.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.identity.UserId;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.adapter.OrdersModule;
import com.sneakers.marketplace.payments.ConfirmResult;
import com.sneakers.marketplace.payments.IntentResult;
import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.PaymentReconciliation;
import com.sneakers.marketplace.payments.PaymentStatus;
import com.sneakers.marketplace.payments.Payments;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingPublisher;
import com.sneakers.marketplace.testing.TestContexts;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestOrders;
import com.sneakers.marketplace.testing.TestRows;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A payment whose webhook never came is settled from what localstripe says, once it is overdue. */
class PaymentReconciliationIT {
    private static final Duration SETTLES_WITHIN = Duration.ofMinutes(10);

    private final DataSource database = TestDatabase.migrated();
    private final TestRows rows = new TestRows(database);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final StripePaymentGateway gateway =
            StripePaymentGateway.create(StripeEmulators.API_KEY, StripeEmulators.localstripe());
    private final RecordingPublisher bus = new RecordingPublisher();
    private final PaymentsModule module = TestContexts.payments(database, bus.outbox(database, clock), gateway, clock);
    private final Payments payments = module.payments();
    private final PaymentReconciliation reconciliation = module.reconciliation(SETTLES_WITHIN);
    private final TestOrders orders = new TestOrders(database, clock);

    @Test
    void aPaymentThatSucceededAtStripeWithoutAWebhookPaysItsOrderOnceOverdue() {
        Order order = orders.pendingPayment("215.00");
        Payment payment = started(order);
        ConfirmResult confirmed = payments.confirm(
                payment.paymentId(),
                order.buyerId(),
                "pm_card_visa",
                UUID.randomUUID().toString());
        assertThat(confirmed).isInstanceOf(ConfirmResult.Confirmed.class);

        PaymentReconciliation.Result early = reconciliation.reconcile(10);
        clock.advance(SETTLES_WITHIN);
        var before = bus.published();
        PaymentReconciliation.Result due = reconciliation.reconcile(10);
        var publishedByRepair = bus.publishedSince(before);
        PaymentReconciliation.Result again = reconciliation.reconcile(10);

        assertThat(early.checked()).isZero();
        assertThat(due.checked()).isEqualTo(1);
        assertThat(due.repaired()).isEqualTo(1);
        assertThat(publishedByRepair).hasSize(3);
        assertThat(again.checked()).isZero();
        assertThat(rows.text("SELECT status FROM payments WHERE id = ?", payment.id()))
                .isEqualTo("succeeded");
        assertThat(rows.text("SELECT stripe_charge_id FROM payments WHERE id = ?", payment.id()))
                .startsWith("ch_");
        assertThat(OrdersModule.store(database, new Outbox())
                        .find(order.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(OrderStatus.PROCESSING);
    }

    @Test
    void aPaymentStillUnpaidAtStripeIsLeftAsItIsAndReReadOnlyAfterAnotherWait() {
        Payment payment = started(orders.pendingPayment("150.00"));
        clock.advance(SETTLES_WITHIN);

        PaymentReconciliation.Result first = reconciliation.reconcile(10);
        PaymentReconciliation.Result soonAfter = reconciliation.reconcile(10);
        clock.advance(SETTLES_WITHIN);
        PaymentReconciliation.Result later = reconciliation.reconcile(10);

        assertThat(first.checked()).isEqualTo(1);
        assertThat(first.repaired()).isZero();
        assertThat(soonAfter.checked()).isZero();
        assertThat(later.checked()).isEqualTo(1);
        assertThat(rows.text("SELECT status FROM payments WHERE id = ?", payment.id()))
                .isEqualTo(PaymentStatus.PENDING.wire());
    }

    @Test
    void aPaymentCancelledAtStripeWithoutAWebhookIsCancelled() {
        Payment payment = started(orders.pendingPayment("160.00"));
        gateway.cancelPaymentIntent(
                        payment.stripePaymentIntentId(), UUID.randomUUID().toString())
                .orElseThrow();
        clock.advance(SETTLES_WITHIN);

        PaymentReconciliation.Result due = reconciliation.reconcile(10);

        assertThat(due.repaired()).isEqualTo(1);
        assertThat(rows.text("SELECT status FROM payments WHERE id = ?", payment.id()))
                .isEqualTo("cancelled");
    }

    private Payment started(Order order) {
        return ((IntentResult.Created)
                        payments.startPayment(new OrderId(order.id()), Optional.of(new UserId(order.buyerId()))))
                .payment();
    }
}
