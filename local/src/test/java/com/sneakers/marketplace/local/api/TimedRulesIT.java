package com.sneakers.marketplace.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.local.LocalRuntime;
import com.sneakers.marketplace.local.TestStacks;
import com.sneakers.marketplace.platform.aws.AwsClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The sweeper's timed rules on a marketplace of its own, whose clock the test moves through the local
 * runtime's {@code /_local/clock}: the deployed functions have no such control.
 */
class TimedRulesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SqsClient SQS = AwsClients.sqs();
    private static LocalRuntime runtime;
    private static ApiClient api;
    private static Trades trades;
    private static String orderEvents;

    @BeforeAll
    static void start() {
        runtime = Marketplace.start("time");
        api = new ApiClient(runtime.port());
        trades = new Trades(api, runtime);
        orderEvents = captureOrderEvents();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void movingTheClockFiresEachTimedRuleAndTheirEventsReachTheBus() throws Exception {
        Trades.Book book = trades.book("concord");
        Trades.Trade unpaid = trades.trade(book, book.size(0), "200.00");
        Trades.Trade unshipped = trades.trade(book, book.size(1), "210.00");
        trades.pay(unshipped);
        Trades.Trade delivered = trades.trade(book, book.size(2), "220.00");
        trades.pay(delivered);
        String path = "/api/v1/orders/" + delivered.orderId();
        api.put(path + "/tracking", Map.of("carrier", "DHL", "tracking_number", "1234567890"), delivered.seller());
        api.put(path + "/delivered", null, delivered.buyer());
        String bidder = trades.user();
        long shortBid = api.post(
                        "/api/v1/bids",
                        Map.of(
                                "product_id",
                                book.productId(),
                                "size_id",
                                book.size(3),
                                "price",
                                "25.00",
                                "expires_in_days",
                                1),
                        bidder)
                .json()
                .path("bid")
                .path("id")
                .asLong();

        JsonNode clock =
                api.post("/_local/clock", Map.of("advance", "P7DT1M"), null).json();

        assertThat(clock.path("offset").asText()).isEqualTo("PT168H1M");
        String admin = trades.admin();
        assertThat(status(unpaid, admin)).isEqualTo("cancelled");
        assertThat(status(unshipped, admin))
                .as("cancelled, then refunded once Stripe confirms the refund")
                .isIn("cancelled", "refunded");
        assertThat(status(delivered, admin)).isEqualTo("completed");
        JsonNode history = api.get(path + "/history", admin).json().path("items");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("created_by").asText()).isEqualTo("system");
        assertThat(runtimeRow("SELECT status FROM asks WHERE id = " + unpaid.askId()))
                .as("the unpaid order's ask is back on the book")
                .isEqualTo("active");
        assertThat(runtimeRow("SELECT status FROM bids WHERE id = " + shortBid)).isEqualTo("expired");
        List<String> types = eventTypes(orderEvents, 13);
        assertThat(types)
                .containsExactlyInAnyOrder(
                        "order.created",
                        "order.created",
                        "order.created",
                        "order.paid",
                        "order.paid",
                        "order.processing",
                        "order.processing",
                        "order.shipped",
                        "order.delivered",
                        "order.cancelled",
                        "order.cancelled",
                        "order.refunded",
                        "order.completed");
    }

    private static String status(Trades.Trade trade, String admin) {
        return api.get("/api/v1/orders/" + trade.orderId(), admin)
                .json()
                .path("status")
                .asText();
    }

    private static String runtimeRow(String sql) throws Exception {
        try (var connection = runtime.dataSource().getConnection();
                var statement = connection.createStatement();
                var row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    /** A queue that a rule on the stack's bus fills with every event from the orders domain. */
    private static String captureOrderEvents() {
        String name = TestStacks.uniqueName("it-order-events");
        String queueUrl = SQS.createQueue(request -> request.queueName(name)).queueUrl();
        String queueArn = SQS.getQueueAttributes(
                        request -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        String bus = runtime.stack().ref("MarketplaceEventBus");
        var events = AwsClients.eventBridge();
        events.putRule(
                request -> request.name(name).eventBusName(bus).eventPattern("{\"source\":[\"marketplace.orders\"]}"));
        events.putTargets(request -> request.rule(name).eventBusName(bus).targets(target -> target.id("capture")
                .arn(queueArn)));
        return queueUrl;
    }

    private static List<String> eventTypes(String queueUrl, int expected) throws Exception {
        List<String> types = new ArrayList<>();
        for (int attempt = 0; attempt < 30 && types.size() < expected; attempt++) {
            for (Message message : SQS.receiveMessage(request ->
                            request.queueUrl(queueUrl).waitTimeSeconds(1).maxNumberOfMessages(10))
                    .messages()) {
                types.add(JSON.readTree(message.body()).path("detail-type").asText());
            }
        }
        return types;
    }
}
