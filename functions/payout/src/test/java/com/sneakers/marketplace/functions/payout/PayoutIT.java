package com.sneakers.marketplace.functions.payout;

import static com.sneakers.marketplace.testing.SqsMessages.batch;
import static com.sneakers.marketplace.testing.SqsMessages.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.sneakers.marketplace.functions.wiring.Marketplace;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.payments.PaymentGatewayUnavailable;
import com.sneakers.marketplace.payments.adapter.StripeEvent;
import com.sneakers.marketplace.payments.adapter.StripeEventHandler;
import com.sneakers.marketplace.payments.payouts.adapter.PayoutsModule;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingGateway;
import com.sneakers.marketplace.testing.RecordingPublisher;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestOrders;
import com.sneakers.marketplace.testing.TestRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The function as Lambda calls it, with SQS batches, over a real database and stripe-mock. */
class PayoutIT {
    private final DataSource database = TestDatabase.migrated();
    private final TestRows rows = new TestRows(database);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final TestOrders orders = new TestOrders(database, clock);
    private final RecordingGateway stripe = new RecordingGateway();
    private final RecordingPublisher bus = new RecordingPublisher();
    private final PayoutsModule module =
            new Marketplace(new Settings(Map.of()), database, bus.outbox(database, clock), stripe, clock).payouts();
    private final Payout function = new Payout(module.payouts());

    @Test
    void aCompletedOrderDeliveredTwiceIsPaidOutOnceAndItsPaidEventPublished() {
        Order order = readyOrder();

        SQSBatchResponse response =
                function.apply(batch(message("first", completed(order)), message("again", completed(order))));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(rows.number("SELECT count(*) FROM payouts WHERE order_id = ?", order.id()))
                .isEqualTo(1);
        assertThat(rows.text("SELECT status FROM payouts WHERE order_id = ?", order.id()))
                .isEqualTo("paid");
        assertThat(stripe.transfers()).hasSize(1);
        assertThat(bus.published()).extracting(OutboxEvent::detailType).containsExactly("payout.paid");
    }

    @Test
    void aRefundedOrderMakesNoPayout() {
        Order order = readyOrder();
        orders.status(order.id(), "refunded");

        assertThat(function.apply(batch(message("m", completed(order)))).getBatchItemFailures())
                .isEmpty();
        assertThat(rows.number("SELECT count(*) FROM payouts")).isZero();
        assertThat(stripe.transfers()).isEmpty();
    }

    @Test
    void aSellerWithoutAccountWaitsAndIsPaidWhenAccountUpdatedEnablesPayouts() throws Exception {
        Order order = orders.completed("215.00");
        orders.charged(order, "ch_waiting");

        assertThat(function.apply(batch(message("m", completed(order)))).getBatchItemFailures())
                .isEmpty();
        assertThat(rows.text("SELECT status FROM payouts WHERE order_id = ?", order.id()))
                .isEqualTo("pending");

        orders.sellerAccount(order.sellerId(), "acct_new_seller", false);
        List<UUID> enabledEvents = accountUpdated("acct_new_seller");
        assertThat(enabledEvents).hasSize(1);
        String enabled = rows.text("SELECT detail::text FROM outbox WHERE event_id = ?", enabledEvents.get(0));
        SQSBatchResponse response =
                function.apply(batch(message("enabled", envelope("seller.payouts_enabled", enabled))));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(rows.text("SELECT status FROM payouts WHERE order_id = ?", order.id()))
                .isEqualTo("paid");
        assertThat(stripe.transfers()).singleElement().satisfies(transfer -> assertThat(transfer.destinationAccountId())
                .isEqualTo("acct_new_seller"));
    }

    @Test
    void stripeUnavailableFailsTheRecordAndLeavesThePayoutPending() {
        Order order = readyOrder();
        stripe.answerTransfers(transfer -> {
            throw new PaymentGatewayUnavailable("Stripe answered 503", new IOException("503"));
        });

        SQSBatchResponse response = function.apply(batch(message("outage", completed(order))));

        assertThat(response.getBatchItemFailures())
                .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("outage");
        assertThat(rows.text("SELECT status FROM payouts WHERE order_id = ?", order.id()))
                .isEqualTo("pending");
    }

    @Test
    void onlyTheUnusableRecordsOfABatchFail() {
        Order order = readyOrder();

        SQSBatchResponse response = function.apply(batch(
                message("good", completed(order)),
                message("not-json", "{oops"),
                message("other-type", completed(order).replace("order.completed", "order.shipped")),
                message("no-order", completed(order).replace("\"order_id\":" + order.id() + ",", ""))));

        assertThat(response.getBatchItemFailures())
                .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactlyInAnyOrder("not-json", "other-type", "no-order");
        assertThat(rows.text("SELECT status FROM payouts WHERE order_id = ?", order.id()))
                .isEqualTo("paid");
    }

    private List<UUID> accountUpdated(String accountId) throws Exception {
        StripeEvent event = StripeEvent.parse(("{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"account.updated\","
                        + "\"created\":1764072000,\"data\":{\"object\":{\"id\":\"" + accountId + "\",\"object\":"
                        + "\"account\",\"payouts_enabled\":true,\"charges_enabled\":true,\"details_submitted\":true}}}")
                .getBytes(StandardCharsets.UTF_8));
        StripeEventHandler handler = module.webhookHandlers().stream()
                .filter(candidate -> candidate.handles("account.updated"))
                .findFirst()
                .orElseThrow();
        var before = bus.published();
        StripeEventHandler.Outcome outcome =
                new Transactions(database).inTransaction(transaction -> handler.handle(transaction, event));
        assertThat(outcome).isInstanceOf(StripeEventHandler.Outcome.Applied.class);
        return bus.publishedSince(before).stream().map(OutboxEvent::eventId).toList();
    }

    private Order readyOrder() {
        Order order = orders.completed("215.00");
        orders.charged(order, "ch_" + order.id());
        orders.sellerAccount(order.sellerId(), "acct_" + order.id(), true);
        return order;
    }

    /** The order.completed event as the rule delivers it: the whole EventBridge event is the message body. */
    private static String completed(Order order) {
        return envelope(
                "order.completed",
                "{\"event_id\":\"0b7c8f57-7c1e-4c52-9d7e-0d6c3a0c1f11\",\"occurred_at\":\"2026-11-25T12:00:00Z\","
                        + "\"order_id\":" + order.id() + ",\"order_number\":\"" + order.orderNumber()
                        + "\",\"seller_id\":" + order.sellerId() + ",\"status\":\"completed\",\"seller_payout\":\""
                        + order.amounts().sellerPayout().toPlainString() + "\",\"currency\":\"USD\"}");
    }

    private static String envelope(String detailType, String detail) {
        return "{\"version\":\"0\",\"id\":\"e-1\",\"detail-type\":\"" + detailType + "\",\"source\":\"marketplace\","
                + "\"account\":\"000000000000\",\"time\":\"2026-11-25T12:00:00Z\",\"region\":\"us-east-1\","
                + "\"resources\":[],\"detail\":" + detail + "}";
    }
}
