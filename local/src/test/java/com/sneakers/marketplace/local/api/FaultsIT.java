package com.sneakers.marketplace.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.local.LocalRuntime;
import com.sneakers.marketplace.platform.aws.AwsClients;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Each fault the local runtime injects ({@code /_local/faults}, and Postgres connections killed from
 * the test's side), and the marketplace recovering from it, on a marketplace of its own.
 */
class FaultsIT {
    private static final String CONFIRM = "/v1/payment_intents/[^/]+/confirm";
    private static LocalRuntime runtime;
    private static ApiClient api;
    private static Trades trades;
    private static LocalControls local;
    private static Trades.Book book;

    @BeforeAll
    static void start() {
        runtime = Marketplace.start("faults");
        api = new ApiClient(runtime.port());
        trades = new Trades(api, runtime);
        local = new LocalControls(api);
        book = trades.book("concord");
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @AfterEach
    void disarm() {
        local.disarm();
    }

    @Test
    void aStripeOutageOutlastingTheClientsRetriesFailsThatConfirmationOnlyAndTheNextOnePays() {
        Trades.Trade trade = trades.trade(book, book.size(0), "210.00");
        JsonNode intent = intent(trade);
        local.arm(Map.of("fault", "stripe_error", "method", "POST", "path", CONFIRM, "count", 3));

        ApiClient.Reply refused = confirm(trade, intent);

        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(local.faults().path("injected").path("stripe_error").asInt()).isEqualTo(3);
        assertThat(orderStatus(trade)).isEqualTo("pending_payment");
        local.arm(Map.of("fault", "stripe_error", "method", "POST", "path", CONFIRM, "count", 2));
        ApiClient.Reply paid = confirm(trade, intent);
        assertThat(paid.status())
                .as("two 5xx are within the client's retries: " + paid.body())
                .isEqualTo(200);
        awaitOrder(trade, "processing");
    }

    @Test
    void aStripeAnswerLostToTheClientsTimeoutIsRetriedWithItsKeyAndChargesOnce() {
        Trades.Trade trade = trades.trade(book, book.size(1), "220.00");
        JsonNode intent = intent(trade);
        local.arm(Map.of("fault", "stripe_timeout", "method", "POST", "path", CONFIRM));

        ApiClient.Reply paid = confirm(trade, intent);

        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(local.faults().path("injected").path("stripe_timeout").asInt())
                .isEqualTo(1);
        awaitOrder(trade, "processing");
        JsonNode payment = api.get("/api/v1/payments/" + intent.path("id").asLong(), trade.buyer())
                .json();
        assertThat(payment.path("status").asText()).isEqualTo("succeeded");
        assertThat(payment.path("amount").asText())
                .isEqualTo(trade.order().path("total_amount").asText());
    }

    @Test
    void eventsTheBusRefusedArePublishedByTheSweepersRelay() {
        local.arm(Map.of("fault", "eventbridge_failure"));
        String seller = trades.user();
        String buyer = trades.user();
        Map<String, Object> offer = Map.of("product_id", book.productId(), "size_id", book.size(2), "price", "230.00");
        api.post("/api/v1/asks", offer, seller);
        long matchId = api.post("/api/v1/bids", offer, buyer)
                .json()
                .path("matches")
                .get(0)
                .path("id")
                .asLong();

        assertThat(local.faults().path("injected").path("eventbridge_failure").asInt())
                .isEqualTo(1);
        assertThat(local.activity().path("outbox_unpublished").asInt()).isPositive();
        local.advance(Duration.ofMinutes(1));

        JsonNode order = trades.awaitOrder(buyer, matchId);
        assertThat(order.path("status").asText()).isEqualTo("pending_payment");
        assertThat(local.activity().path("outbox_unpublished").asInt()).isZero();
    }

    @Test
    void aMessageItsConsumerKeepsFailingIsDeadLetteredNotLostAndARedriveMakesTheOrder() {
        local.arm(Map.of("fault", "consumer_failure", "queue", "create-order"));
        String seller = trades.user();
        String buyer = trades.user();
        Map<String, Object> offer = Map.of("product_id", book.productId(), "size_id", book.size(3), "price", "240.00");
        api.post("/api/v1/asks", offer, seller);
        long matchId = api.post("/api/v1/bids", offer, buyer)
                .json()
                .path("matches")
                .get(0)
                .path("id")
                .asLong();

        await(
                () -> local.activity(),
                activity -> activity.path("dead_letters").path("CreateOrderDLQ").asInt() == 1);
        assertThat(api.get("/api/v1/orders?role=buyer", buyer)
                        .json()
                        .path("total")
                        .asInt())
                .isZero();
        redrive("CreateOrderDLQ", "CreateOrderQueue");

        assertThat(trades.awaitOrder(buyer, matchId).path("status").asText()).isEqualTo("pending_payment");
    }

    @Test
    void aConnectionKilledInTheMiddleOfAnUpdateFailsThatRequestOnlyAndChangesNothing() throws Exception {
        Trades.Trade trade = trades.trade(book, book.size(4), "250.00");
        trades.pay(trade);
        DatabaseFaults database = new DatabaseFaults(runtime.dataSource());
        database.pauseUpdates(trade.orderId(), Duration.ofSeconds(5));
        Map<String, String> tracking = Map.of("carrier", "UPS", "tracking_number", "1Z999AA10123456784");
        String path = "/api/v1/orders/" + trade.orderId() + "/tracking";

        CompletableFuture<ApiClient.Reply> shipping =
                CompletableFuture.supplyAsync(() -> api.put(path, tracking, trade.seller()));
        int killed = database.killPausedTransactions(Duration.ofSeconds(10));
        ApiClient.Reply interrupted = shipping.get();
        database.resume(trade.orderId());

        assertThat(killed).isEqualTo(1);
        assertThat(interrupted.status()).as(interrupted.body()).isEqualTo(503);
        assertThat(orderStatus(trade)).isEqualTo("processing");
        ApiClient.Reply shipped = api.put(path, tracking, trade.seller());
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        assertThat(orderStatus(trade)).isEqualTo("shipped");
    }

    private static void redrive(String deadLetterQueue, String queue) {
        SqsClient sqs = AwsClients.sqs();
        String from = runtime.stack().ref(deadLetterQueue);
        String to = runtime.stack().ref(queue);
        for (Message message : sqs.receiveMessage(request ->
                        request.queueUrl(from).maxNumberOfMessages(10).waitTimeSeconds(1))
                .messages()) {
            sqs.sendMessage(request -> request.queueUrl(to).messageBody(message.body()));
            sqs.deleteMessage(request -> request.queueUrl(from).receiptHandle(message.receiptHandle()));
        }
    }

    private static JsonNode intent(Trades.Trade trade) {
        ApiClient.Reply reply = api.post("/api/v1/payments/intent", Map.of("order_id", trade.orderId()), trade.buyer());
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json();
    }

    private static ApiClient.Reply confirm(Trades.Trade trade, JsonNode intent) {
        return api.post(
                "/api/v1/payments/confirm",
                Map.of("payment_id", intent.path("payment_id").asText(), "payment_method", "pm_card_visa"),
                trade.buyer());
    }

    private static String orderStatus(Trades.Trade trade) {
        return api.get("/api/v1/orders/" + trade.orderId(), trade.buyer())
                .json()
                .path("status")
                .asText();
    }

    private static void awaitOrder(Trades.Trade trade, String status) {
        await(() -> api.get("/api/v1/orders/" + trade.orderId(), trade.buyer()).json(), order -> order.path("status")
                .asText()
                .equals(status));
    }

    private static JsonNode await(Supplier<JsonNode> read, Predicate<JsonNode> done) {
        JsonNode last = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            LocalControls.pause(Duration.ofMillis(500));
        }
        throw new AssertionError("Still not there after 30 s: " + last);
    }
}
