package com.sneakers.marketplace.functions.paymentintent;

import static com.sneakers.marketplace.testing.SqsMessages.batch;
import static com.sneakers.marketplace.testing.SqsMessages.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.sneakers.marketplace.functions.wiring.Marketplace;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.payments.GatewayResult;
import com.sneakers.marketplace.payments.PaymentIntent;
import com.sneakers.marketplace.payments.adapter.StripePaymentGateway;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingPublisher;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestOrders;
import com.sneakers.marketplace.testing.TestRows;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The function as Lambda calls it, over a real database and localstripe. */
class PaymentIntentConsumerIT {
    private final DataSource database = TestDatabase.migrated();
    private final TestRows rows = new TestRows(database);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final RecordingPublisher bus = new RecordingPublisher();
    private final StripePaymentGateway gateway = StripePaymentGateway.create(
            "sk_test_marketplace",
            Optional.ofNullable(System.getenv("STRIPE_API_BASE")).orElse("http://127.0.0.1:8420"));
    private final PaymentIntentConsumer function = new PaymentIntentConsumer(
            new Marketplace(new Settings(Map.of()), database, bus.outbox(database, clock), gateway, clock)
                    .payments()
                    .payments());

    @Test
    void anOrderGetsOnePendingPaymentWithAPaymentIntentForItsTotalInCents() {
        Order order = order();

        SQSBatchResponse response = function.apply(batch(message("m-1", orderEvent("order.created", order, false))));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(rows.number("SELECT count(*) FROM payments WHERE order_id = ? AND status = 'pending'", order.id()))
                .isEqualTo(1);
        String intentId = intentOf(order);
        PaymentIntent intent = gateway.retrievePaymentIntent(intentId).orElseThrow();
        assertThat(intent.amountCents())
                .isEqualTo(order.amounts().totalAmount().movePointRight(2).longValueExact());
        assertThat(intent.currency()).isEqualTo("usd");
    }

    @Test
    void theSameOrderEventAgainMakesNothingNew() {
        Order order = order();
        String body = orderEvent("order.created", order, false);
        function.apply(batch(message("m-1", body)));
        String intentId = intentOf(order);

        SQSBatchResponse again = function.apply(batch(message("m-2", body), message("m-3", body)));

        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(rows.number("SELECT count(*) FROM payments WHERE order_id = ?", order.id()))
                .isEqualTo(1);
        assertThat(intentOf(order)).isEqualTo(intentId);
    }

    @Test
    void anUnpaidCancelledOrderHasItsPaymentIntentCancelled() {
        Order order = order();
        function.apply(batch(message("m-1", orderEvent("order.created", order, false))));

        SQSBatchResponse response = function.apply(batch(message("m-2", orderEvent("order.cancelled", order, false))));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(rows.number("SELECT count(*) FROM payments WHERE order_id = ? AND status = 'cancelled'", order.id()))
                .isEqualTo(1);
        assertThat(gateway.retrievePaymentIntent(intentOf(order)))
                .extracting(result -> ((GatewayResult.Succeeded<PaymentIntent>) result)
                        .value()
                        .status())
                .isEqualTo(PaymentIntent.CANCELED);
    }

    @Test
    void aPaidCancelledOrderIsRefundedInFullOnceAndBecomesRefunded() {
        Order order = order();
        function.apply(batch(message("m-1", orderEvent("order.created", order, false))));
        String intentId = intentOf(order);
        gateway.confirmPaymentIntent(intentId, "pm_card_visa", "test-" + intentId)
                .orElseThrow();
        rows.execute("UPDATE payments SET status = 'succeeded' WHERE order_id = ?", order.id());
        rows.execute("UPDATE orders SET status = 'cancelled' WHERE id = ?", order.id());
        String cancelled = orderEvent("order.cancelled", order, true);

        SQSBatchResponse response = function.apply(batch(message("m-2", cancelled)));
        function.apply(batch(message("m-3", cancelled)));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(rows.number(
                        "SELECT count(*) FROM refunds r JOIN payments p ON p.id = r.payment_id"
                                + " WHERE p.order_id = ? AND r.stripe_refund_id IS NOT NULL AND r.amount = p.amount",
                        order.id()))
                .isEqualTo(1);
        assertThat(rows.number(
                        "SELECT count(*) FROM payments WHERE order_id = ? AND status = 'refunded'"
                                + " AND refunded_amount = amount",
                        order.id()))
                .isEqualTo(1);
        assertThat(rows.number("SELECT count(*) FROM orders WHERE id = ? AND status = 'refunded'", order.id()))
                .isEqualTo(1);
        assertThat(bus.published()).extracting(OutboxEvent::detailType).contains("order.refunded", "payment.refunded");
    }

    @Test
    void anOrderCancelledUnpaidWhosePaymentSucceededMeanwhileIsRefunded() {
        Order order = order();
        function.apply(batch(message("m-1", orderEvent("order.created", order, false))));
        String intentId = intentOf(order);
        gateway.confirmPaymentIntent(intentId, "pm_card_visa", "test-" + intentId)
                .orElseThrow();
        rows.execute("UPDATE orders SET status = 'cancelled' WHERE id = ?", order.id());

        SQSBatchResponse beforeTheWebhook =
                function.apply(batch(message("m-2", orderEvent("order.cancelled", order, false))));
        rows.execute("UPDATE payments SET status = 'succeeded' WHERE order_id = ?", order.id());
        SQSBatchResponse afterTheWebhook =
                function.apply(batch(message("m-2", orderEvent("order.cancelled", order, false))));

        assertThat(beforeTheWebhook.getBatchItemFailures()).hasSize(1);
        assertThat(afterTheWebhook.getBatchItemFailures()).isEmpty();
        assertThat(rows.text("SELECT status FROM payments WHERE order_id = ?", order.id()))
                .isEqualTo("refunded");
        assertThat(rows.text("SELECT status FROM orders WHERE id = ?", order.id()))
                .isEqualTo("refunded");
    }

    @Test
    void onlyTheBadRecordsOfABatchAreReportedAsFailed() {
        Order order = order();
        String good = orderEvent("order.created", order, false);

        SQSBatchResponse response = function.apply(batch(
                message("good", good),
                message("not-json", "{oops"),
                message("other-type", good.replace("order.created", "order.shipped")),
                message("unknown-order", good.replace("\"order_id\":" + order.id(), "\"order_id\":999999"))));

        assertThat(response.getBatchItemFailures())
                .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactlyInAnyOrder("not-json", "other-type", "unknown-order");
        assertThat(rows.number("SELECT count(*) FROM payments")).isEqualTo(1);
    }

    private String intentOf(Order order) {
        return rows.text("SELECT stripe_payment_intent_id FROM payments WHERE order_id = ?", order.id());
    }

    private Order order() {
        return new TestOrders(database, clock).pendingPayment("215.00");
    }

    /** The event as the rule delivers it: the whole EventBridge event is the message body. */
    private static String orderEvent(String type, Order order, boolean refundRequired) {
        return "{\"version\":\"0\",\"id\":\"e-" + order.id() + "\",\"detail-type\":\"" + type + "\","
                + "\"source\":\"marketplace.orders\",\"account\":\"000000000000\",\"time\":\"2026-11-25T12:00:00Z\","
                + "\"region\":\"us-east-1\",\"resources\":[],\"detail\":{\"order_id\":" + order.id()
                + ",\"order_number\":\"" + order.orderNumber() + "\",\"total_amount\":\""
                + order.amounts().totalAmount().toPlainString() + "\",\"currency\":\"USD\",\"refund_required\":"
                + refundRequired + "}}";
    }
}
