package com.sneakers.marketplace.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.platform.aws.AwsClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Orders through the local gateway: a match becomes an order by way of the bus, the create-order
 * queue and function; each party then sees and moves it from their side.
 */
class OrdersApiIT {
    private static final ApiClient API = new ApiClient();
    private static final Trades TRADES = new Trades(API, Marketplace.runtime());
    private static final String UPS = "1Z999AA10123456784";
    private static Trades.Book book;

    @BeforeAll
    static void aSeededProduct() {
        book = TRADES.book("chicago");
    }

    @Test
    void aMatchBecomesAnOrderThatEachPartySeesFromTheirSideAndNobodyElseSees() {
        Trades.Trade trade = TRADES.trade(book, book.size(0), "215.00");
        JsonNode order = trade.order();
        String path = "/api/v1/orders/" + order.path("id").asLong();

        JsonNode asBuyer = API.get(path, trade.buyer()).json();
        JsonNode asSeller = API.get(path, trade.seller()).json();
        JsonNode asAdmin = API.get(path, TRADES.admin()).json();

        assertThat(order.path("order_number").asText()).matches("ORD-\\d{4}-\\d{6}");
        assertThat(asBuyer.path("role").asText()).isEqualTo("buyer");
        assertThat(asBuyer.path("total_amount").asText()).isEqualTo("221.45");
        assertThat(asBuyer.has("seller_payout")).isFalse();
        assertThat(asSeller.path("role").asText()).isEqualTo("seller");
        assertThat(asSeller.path("seller_payout").asText()).isEqualTo("195.65");
        assertThat(asSeller.has("total_amount")).isFalse();
        assertThat(asAdmin.path("platform_fee").asText()).isEqualTo("25.80");
        assertThat(API.get(path, TRADES.user()).status()).isEqualTo(404);
        assertThat(API.get(path + "/history", TRADES.user()).status()).isEqualTo(404);
        assertThat(ids(API.get("/api/v1/orders/buyer", trade.buyer()).json()))
                .contains(order.path("id").asLong());
        assertThat(ids(API.get("/api/v1/orders/seller", trade.buyer()).json()))
                .doesNotContain(order.path("id").asLong());
        assertThat(ids(API.get("/api/v1/orders?role=seller&status=pending_payment", trade.seller())
                        .json()))
                .contains(order.path("id").asLong());
        assertThat(API.get("/api/v1/orders?status=lost", trade.seller()).status())
                .isEqualTo(400);
    }

    @Test
    void theSameMatchEventPutOnTheBusFiveMoreTimesAtOnceStillMakesOneOrder() throws Exception {
        Trades.Trade trade = TRADES.trade(book, book.size(5), "190.00");
        long matchId = trade.order().path("match_id").asLong();
        String detail = runtimeRow("SELECT detail::text FROM outbox WHERE detail_type = 'match.created'"
                + " AND (detail->>'match_id')::bigint = " + matchId);
        var bus = AwsClients.eventBridge();
        String busName = Marketplace.runtime().stack().ref("MarketplaceEventBus");

        List<CompletableFuture<Void>> puts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            puts.add(CompletableFuture.runAsync(
                    () -> bus.putEvents(request -> request.entries(entry -> entry.eventBusName(busName)
                            .source("marketplace.trading")
                            .detailType("match.created")
                            .detail(detail)))));
        }
        puts.forEach(CompletableFuture::join);
        Thread.sleep(5000);

        assertThat(runtimeRow("SELECT count(*) FROM orders WHERE match_id = " + matchId))
                .isEqualTo("1");
        assertThat(runtimeRow("SELECT count(*) FROM outbox WHERE detail_type = 'order.created'"
                        + " AND (detail->>'match_id')::bigint = " + matchId))
                .isEqualTo("1");
        String createOrderDlq = Marketplace.runtime().stack().ref("CreateOrderDLQ");
        assertThat(AwsClients.sqs()
                        .receiveMessage(
                                request -> request.queueUrl(createOrderDlq).waitTimeSeconds(1))
                        .messages())
                .isEmpty();
    }

    @Test
    void thePartiesShipDeliverAndCompleteAPaidOrderAndTheHistoryShowsWhoDidWhat() {
        Trades.Trade trade = TRADES.trade(book, book.size(1), "180.00");
        long id = trade.order().path("id").asLong();
        String path = "/api/v1/orders/" + id;
        TRADES.pay(trade);

        ApiClient.Reply byBuyer = API.put(path + "/tracking", tracking("UPS", UPS), trade.buyer());
        ApiClient.Reply badNumber = API.put(path + "/tracking", tracking("FedEx", UPS), trade.seller());
        ApiClient.Reply shipped = API.put(path + "/tracking", tracking("UPS", UPS), trade.seller());
        ApiClient.Reply sellerDelivers = API.put(path + "/delivered", null, trade.seller());
        ApiClient.Reply delivered = API.put(path + "/delivered", null, trade.buyer());
        ApiClient.Reply completed = API.put(path + "/complete", null, trade.buyer());

        assertThat(byBuyer.status()).isEqualTo(403);
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.json().path("errors").has("tracking_number")).isTrue();
        assertThat(shipped.json().path("status").asText()).isEqualTo("shipped");
        assertThat(sellerDelivers.status()).isEqualTo(403);
        assertThat(delivered.json().path("status").asText()).isEqualTo("delivered");
        assertThat(completed.json().path("status").asText()).isEqualTo("completed");
        JsonNode shipping = API.get(path + "/shipping", trade.seller()).json();
        assertThat(shipping.path("carrier").asText()).isEqualTo("UPS");
        assertThat(shipping.path("tracking_number").asText()).isEqualTo(UPS);
        assertThat(shipping.path("delivered_at").isTextual()).isTrue();
        JsonNode history = API.get(path + "/history", trade.buyer()).json().path("items");
        assertThat(history.findValuesAsText("status"))
                .containsExactly("pending_payment", "paid", "processing", "shipped", "delivered", "completed");
        assertThat(history.findValuesAsText("created_by"))
                .containsExactly("system", "system", "system", "seller", "buyer", "buyer");
    }

    @Test
    void theBuyerDisputesADeliveredOrderAndAnAdminsRefundResolutionRefundsItInFull() {
        Trades.Trade trade = TRADES.trade(book, book.size(6), "175.00");
        String path = "/api/v1/orders/" + trade.orderId();
        TRADES.pay(trade);
        API.put(path + "/tracking", tracking("UPS", UPS), trade.seller());
        API.put(path + "/delivered", null, trade.buyer());
        Map<String, Object> report = Map.of("reason", "not_as_described", "details", "Left shoe is a size 8");
        String resolution = "/api/v1/admin/orders/" + trade.orderId() + "/dispute/resolution";

        ApiClient.Reply bySeller = API.put(path + "/dispute", report, trade.seller());
        ApiClient.Reply disputed = API.put(path + "/dispute", report, trade.buyer());
        ApiClient.Reply again = API.put(path + "/dispute", report, trade.buyer());
        ApiClient.Reply byBuyer = API.post(resolution, Map.of("resolution", "refund", "note", "mine"), trade.buyer());
        ApiClient.Reply refunded =
                API.post(resolution, Map.of("resolution", "refund", "note", "Wrong size sent"), TRADES.admin());

        assertThat(bySeller.status()).isEqualTo(403);
        assertThat(disputed.json().path("status").asText()).isEqualTo("disputed");
        assertThat(disputed.json().path("dispute").path("reason").asText()).isEqualTo("not_as_described");
        assertThat(again.status()).isEqualTo(200);
        assertThat(byBuyer.status()).isEqualTo(403);
        assertThat(refunded.status()).isEqualTo(200);
        assertThat(refunded.json().path("status").asText()).isEqualTo("refunded");
        assertThat(refunded.json().path("dispute").path("resolution").asText()).isEqualTo("refunded");
        JsonNode history = API.get(path + "/history", trade.buyer()).json().path("items");
        assertThat(history.findValuesAsText("status")).endsWith("delivered", "disputed", "disputed", "refunded");
    }

    @Test
    void aBuyerCancelsAnUnpaidOrderOnceAndTheAskIsBackOnTheBook() {
        Trades.Trade trade = TRADES.trade(book, book.size(2), "150.00");
        String path = "/api/v1/orders/" + trade.order().path("id").asLong();

        ApiClient.Reply cancelled = API.put(path + "/cancel", Map.of("reason", "bought elsewhere"), trade.buyer());
        ApiClient.Reply again = API.put(path + "/cancel", Map.of("reason", "really"), trade.buyer());
        ApiClient.Reply noReason = API.put(path + "/cancel", Map.of(), trade.seller());

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asText()).isEqualTo("cancelled");
        assertThat(cancelled.json().path("cancellation_reason").asText()).isEqualTo("bought elsewhere");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asText()).contains("cancelled");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(API.get("/api/v1/asks/" + trade.askId(), trade.seller())
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("active");
    }

    @Test
    void onlyAnAdminSetsAStatusAndOnlyWithinTheLifecycle() {
        Trades.Trade trade = TRADES.trade(book, book.size(3), "160.00");
        String path = "/api/v1/orders/" + trade.order().path("id").asLong() + "/status";

        ApiClient.Reply byBuyer = API.put(path, Map.of("status", "cancelled", "note", "mine"), trade.buyer());
        ApiClient.Reply skipping = API.put(path, Map.of("status", "completed", "note", "skip"), TRADES.admin());
        ApiClient.Reply unknown = API.put(path, Map.of("status", "lost", "note", "?"), TRADES.admin());
        ApiClient.Reply cancelled = API.put(path, Map.of("status", "cancelled", "note", "fraud check"), TRADES.admin());

        assertThat(byBuyer.status()).isEqualTo(403);
        assertThat(skipping.status()).isEqualTo(409);
        assertThat(skipping.json().path("detail").asText()).contains("pending_payment");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(cancelled.json().path("status").asText()).isEqualTo("cancelled");
        JsonNode last =
                last(API.get("/api/v1/orders/" + trade.order().path("id").asLong() + "/history", trade.seller())
                        .json()
                        .path("items"));
        assertThat(last.path("created_by").asText()).isEqualTo("admin");
        assertThat(last.path("note").asText()).isEqualTo("Admin: fraud check");
    }

    @Test
    void theBuyerPointsTheOrderAtAnotherOfTheirShippingAddresses() {
        Trades.Trade trade = TRADES.trade(book, book.size(4), "170.00");
        long address = API.post("/api/v1/users/addresses", UsersApiIT.address("US", false), trade.buyer())
                .json()
                .path("id")
                .asLong();
        String path = "/api/v1/orders/" + trade.order().path("id").asLong() + "/shipping-address";

        ApiClient.Reply bySeller = API.put(path, Map.of("address_id", address), trade.seller());
        ApiClient.Reply changed = API.put(path, Map.of("address_id", address), trade.buyer());

        assertThat(bySeller.status()).isEqualTo(403);
        assertThat(changed.json().path("shipping_address_id").asLong()).isEqualTo(address);
    }

    private static String runtimeRow(String sql) throws Exception {
        try (var connection = Marketplace.runtime().dataSource().getConnection();
                var statement = connection.createStatement();
                var row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static Map<String, Object> tracking(String carrier, String number) {
        return Map.of("carrier", carrier, "tracking_number", number);
    }

    private static List<Long> ids(JsonNode page) {
        return page.path("items").findValues("id").stream()
                .map(JsonNode::asLong)
                .toList();
    }

    private static JsonNode last(JsonNode items) {
        return items.get(items.size() - 1);
    }
}
