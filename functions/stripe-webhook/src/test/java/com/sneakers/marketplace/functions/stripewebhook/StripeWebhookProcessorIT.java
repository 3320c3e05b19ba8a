package com.sneakers.marketplace.functions.stripewebhook;

import static com.sneakers.marketplace.testing.SqsMessages.batch;
import static com.sneakers.marketplace.testing.SqsMessages.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.sneakers.marketplace.functions.wiring.Marketplace;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.payments.IntentResult;
import com.sneakers.marketplace.payments.NewRefund;
import com.sneakers.marketplace.payments.Payments;
import com.sneakers.marketplace.payments.RefundResult;
import com.sneakers.marketplace.payments.adapter.PaymentsModule;
import com.sneakers.marketplace.payments.adapter.StripeEventDispatcher;
import com.sneakers.marketplace.payments.adapter.StripePaymentGateway;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingPublisher;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestOrders;
import com.sneakers.marketplace.testing.TestRows;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The processor as Lambda calls it, with events as the receiver enqueues them, over Postgres and localstripe. */
class StripeWebhookProcessorIT {
    private final DataSource database = TestDatabase.migrated();
    private final TestRows rows = new TestRows(database);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final RecordingPublisher bus = new RecordingPublisher();
    private final StripePaymentGateway gateway = StripePaymentGateway.create(
            "sk_test_marketplace",
            Optional.ofNullable(System.getenv("STRIPE_API_BASE")).orElse("http://127.0.0.1:8420"));
    private final PaymentsModule module =
            new Marketplace(new Settings(Map.of()), database, bus.outbox(database, clock), gateway, clock).payments();
    private final Payments payments = module.payments();
    private final StripeWebhookProcessor processor =
            new StripeWebhookProcessor(new StripeEventDispatcher(database, module.eventHandlers()));

    @Test
    void aSucceededIntentPaysTheOrderWhichMovesOnToProcessing() {
        Order order = order();
        String intent = intentOf(order);
        gateway.confirmPaymentIntent(intent, "pm_card_visa", "confirm-" + intent)
                .orElseThrow();

        SQSBatchResponse response =
                processor.apply(batch(message("m-1", event("evt_1", "payment_intent.succeeded", intent, order))));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(rows.text("SELECT status FROM payments WHERE order_id = ?", order.id()))
                .isEqualTo("succeeded");
        assertThat(rows.text("SELECT card_brand || ' ' || card_last4 FROM payments WHERE order_id = ?", order.id()))
                .isEqualTo("visa 4242");
        assertThat(rows.number(
                        "SELECT count(*) FROM payments WHERE order_id = ? AND stripe_charge_id IS NOT NULL"
                                + " AND processed_at IS NOT NULL",
                        order.id()))
                .isEqualTo(1);
        assertThat(orderStatus(order)).isEqualTo("processing");
        assertThat(bus.published())
                .extracting(OutboxEvent::detailType)
                .containsExactly("order.paid", "order.processing", "payment.succeeded");
        assertThat(bus.published())
                .filteredOn(e -> e.detailType().equals("payment.succeeded"))
                .extracting(OutboxEvent::source)
                .containsExactly("marketplace.payments");
    }

    @Test
    void aSuccessForAnOrderCancelledMeanwhileIsRefundedInTheSameDelivery() {
        Order order = order();
        String intent = intentOf(order);
        gateway.confirmPaymentIntent(intent, "pm_card_visa", "confirm-" + intent)
                .orElseThrow();
        rows.execute("UPDATE orders SET status = 'cancelled' WHERE id = ?", order.id());

        SQSBatchResponse response =
                processor.apply(batch(message("m-1", event("evt_late", "payment_intent.succeeded", intent, order))));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(rows.text("SELECT status FROM payments WHERE order_id = ?", order.id()))
                .isEqualTo("refunded");
        assertThat(rows.number(
                        "SELECT count(*) FROM refunds r JOIN payments p ON p.id = r.payment_id"
                                + " WHERE p.order_id = ? AND r.amount = p.amount",
                        order.id()))
                .isEqualTo(1);
        assertThat(orderStatus(order)).isEqualTo("refunded");
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        Order order = order();
        String intent = intentOf(order);
        String body = event("evt_twice", "payment_intent.succeeded", intent, order);

        SQSBatchResponse first = processor.apply(batch(message("m-1", body)));
        SQSBatchResponse second = processor.apply(batch(message("m-2", body)));

        assertThat(first.getBatchItemFailures()).isEmpty();
        assertThat(second.getBatchItemFailures()).isEmpty();
        assertThat(rows.number("SELECT count(*) FROM order_status_history WHERE order_id = ?", order.id()))
                .isEqualTo(3);
        assertThat(rows.number("SELECT count(*) FROM stripe_events WHERE event_id = 'evt_twice'"))
                .isEqualTo(1);
        assertThat(bus.published()).hasSize(3);
    }

    @Test
    void aFailedPaymentLeavesTheOrderPayable() {
        Order order = order();
        String intent = intentOf(order);

        processor.apply(batch(message("m-1", event("evt_failed", "payment_intent.payment_failed", intent, order))));

        assertThat(rows.text("SELECT status FROM payments WHERE order_id = ?", order.id()))
                .isEqualTo("failed");
        assertThat(orderStatus(order)).isEqualTo("pending_payment");
    }

    @Test
    void aFailureArrivingAfterTheSuccessChangesNothing() {
        Order order = order();
        String intent = intentOf(order);
        processor.apply(batch(message("m-1", event("evt_ok", "payment_intent.succeeded", intent, order))));

        SQSBatchResponse late = processor.apply(
                batch(message("m-2", event("evt_old_fail", "payment_intent.payment_failed", intent, order))));

        assertThat(late.getBatchItemFailures()).isEmpty();
        assertThat(rows.text("SELECT status FROM payments WHERE order_id = ?", order.id()))
                .isEqualTo("succeeded");
        assertThat(orderStatus(order)).isEqualTo("processing");
    }

    @Test
    void anEventAboutAnIntentOfOurOrderNotRecordedYetIsReportedAsFailedAndLeavesNoTrace() {
        Order order = order();

        SQSBatchResponse response = processor.apply(
                batch(message("m-1", event("evt_early", "payment_intent.succeeded", "pi_not_recorded", order))));

        assertThat(response.getBatchItemFailures())
                .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m-1");
        assertThat(rows.number("SELECT count(*) FROM stripe_events WHERE event_id = 'evt_early'"))
                .isZero();
    }

    @Test
    void eventsOfOtherTypesOrAboutIntentsNamingNoOrderOfOursAreAcknowledged() {
        String foreign = "{\"id\":\"evt_foreign\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
                + "\"created\":1764072000,\"data\":{\"object\":{\"id\":\"pi_elsewhere\",\"object\":\"payment_intent\","
                + "\"metadata\":{}}}}";
        String customer = "{\"id\":\"evt_customer\",\"object\":\"event\",\"type\":\"customer.created\","
                + "\"created\":1764072000,\"data\":{\"object\":{\"id\":\"cus_1\",\"object\":\"customer\"}}}";

        SQSBatchResponse response = processor.apply(batch(
                message("foreign", foreign), message("customer", customer), message("garbage", "{\"object\":1}")));

        assertThat(response.getBatchItemFailures())
                .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("garbage");
        assertThat(rows.number("SELECT count(*) FROM stripe_events")).isEqualTo(2);
    }

    @Test
    void aRefundMadeInStripesDashboardIsReadFromStripesRefundsAndAFullOneRefundsTheOrder() {
        Order order = order();
        String intent = intentOf(order);
        gateway.confirmPaymentIntent(intent, "pm_card_visa", "confirm-" + intent);
        processor.apply(batch(message("m-1", event("evt_paid", "payment_intent.succeeded", intent, order))));
        String dashboardRefund = gateway.createRefund(
                        NewRefund.of(intent, order.total(), "requested_by_customer", "dashboard-" + intent))
                .succeededValue()
                .orElseThrow()
                .id();
        // as newer API versions send it: the charge without its refunds
        String refunded = "{\"id\":\"evt_refunded\",\"object\":\"event\",\"type\":\"charge.refunded\","
                + "\"created\":1764072000,\"data\":{\"object\":{\"id\":\"ch_1\",\"object\":\"charge\","
                + "\"payment_intent\":\"" + intent + "\",\"amount_refunded\":1}}}";

        SQSBatchResponse response = processor.apply(batch(message("m-2", refunded)));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(rows.text("SELECT status FROM payments WHERE order_id = ?", order.id()))
                .isEqualTo("refunded");
        assertThat(rows.text("SELECT amount::text FROM refunds WHERE stripe_refund_id = ?", dashboardRefund))
                .isEqualTo(order.total().amount().toPlainString());
        assertThat(orderStatus(order)).isEqualTo("refunded");
        assertThat(bus.published()).extracting(OutboxEvent::detailType).contains("payment.refunded", "order.refunded");
    }

    @Test
    void aRedeliveredOlderRefundEventIsRecognisedByItsIdAndDoesNotUndoANewerOne() {
        Order order = order();
        String intent = intentOf(order);
        processor.apply(batch(message("m-1", event("evt_paid", "payment_intent.succeeded", intent, order))));
        String succeeded = refundEvent("evt_refund_ok", "refund.created", intent, "succeeded");
        String failed = refundEvent("evt_refund_failed", "refund.updated", intent, "failed");

        processor.apply(batch(message("m-2", succeeded)));
        processor.apply(batch(message("m-3", failed)));
        SQSBatchResponse redelivered = processor.apply(batch(message("m-4", succeeded)));

        assertThat(redelivered.getBatchItemFailures()).isEmpty();
        assertThat(rows.text("SELECT status FROM refunds WHERE stripe_refund_id = 're_later_failed'"))
                .isEqualTo("failed");
        assertThat(rows.text("SELECT status FROM payments WHERE order_id = ?", order.id()))
                .isEqualTo("succeeded");
        assertThat(rows.text("SELECT refunded_amount::text FROM payments WHERE order_id = ?", order.id()))
                .isEqualTo("0.00");
    }

    private static String refundEvent(String id, String type, String intent, String status) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"" + type + "\",\"created\":1764072000,"
                + "\"data\":{\"object\":{\"id\":\"re_later_failed\",\"object\":\"refund\",\"amount\":5000,"
                + "\"currency\":\"usd\",\"payment_intent\":\"" + intent + "\",\"status\":\"" + status + "\"}}}";
    }

    @Test
    void anAdminPartialRefundThenAnOverRefundIsRefused() {
        Order order = order();
        String intent = intentOf(order);
        gateway.confirmPaymentIntent(intent, "pm_card_visa", "confirm-" + intent)
                .orElseThrow();
        processor.apply(batch(message("m-1", event("evt_paid2", "payment_intent.succeeded", intent, order))));
        long paymentId = rows.number("SELECT id FROM payments WHERE order_id = ?", order.id());

        RefundResult partial = payments.refund(paymentId, Optional.of(new BigDecimal("50.00")), "scuffed box", null);
        RefundResult over =
                payments.refund(paymentId, Optional.of(order.amounts().totalAmount()), "again", null);

        assertThat(partial).isInstanceOf(RefundResult.Requested.class);
        assertThat(rows.text("SELECT status || ' ' || refunded_amount FROM payments WHERE id = ?", paymentId))
                .isEqualTo("partially_refunded 50.00");
        assertThat(over)
                .isEqualTo(new RefundResult.ExceedsCeiling(
                        order.amounts().totalAmount().subtract(new BigDecimal("50.00"))));
        assertThat(orderStatus(order)).isEqualTo("processing");
    }

    private String orderStatus(Order order) {
        return rows.text("SELECT status FROM orders WHERE id = ?", order.id());
    }

    private String intentOf(Order order) {
        IntentResult result = payments.startPayment(new OrderId(order.id()), Optional.empty());
        return ((IntentResult.Created) result).payment().stripePaymentIntentId();
    }

    private Order order() {
        return new TestOrders(database, clock).pendingPayment("215.00");
    }

    /** A payment_intent event as localstripe sends it (API version 2017-08-15, no card details). */
    /** As Stripe sends it: the intent with its amount, and what it received once it succeeded. */
    private static String event(String id, String type, String intent, Order order) {
        long cents = order.amounts().totalAmount().movePointRight(2).longValueExact();
        String received = type.endsWith(".succeeded")
                ? "\"status\":\"succeeded\",\"amount_received\":" + cents + ","
                : "\"status\":\"requires_payment_method\",\"amount_received\":0,";
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"" + type + "\",\"created\":1764072000,"
                + "\"api_version\":\"2017-08-15\",\"data\":{\"object\":{\"id\":\"" + intent + "\","
                + "\"object\":\"payment_intent\",\"amount\":" + cents + ",\"currency\":\"usd\"," + received
                + "\"metadata\":{\"order_id\":\"" + order.id() + "\","
                + "\"order_number\":\"" + order.orderNumber() + "\"}}}}";
    }
}
