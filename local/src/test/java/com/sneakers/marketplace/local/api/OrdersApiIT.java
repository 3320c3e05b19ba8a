package com.sneakers.marketplace.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.orders.Actor;
import com.sneakers.marketplace.orders.Change;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.adapter.JdbcOrderStore;
import com.sneakers.marketplace.orders.adapter.OrdersModule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Orders through the local gateway: a match becomes an order by way of the bus, the create-order
 * queue and function; each party then sees and moves it from their side.
 */
class OrdersApiIT {
    private static final ApiClient API = new ApiClient();
    private static final String UPS = "1Z999AA10123456784";
    private static long productId;
    private static JsonNode sizes;

    @BeforeAll
    static void aSeededProduct() {
        productId = API.get("/api/v1/products/search?q=chicago", null)
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        sizes = API.get("/api/v1/products/" + productId + "/sizes", null).json().path("items");
    }

    @Test
    void aMatchBecomesAnOrderThatEachPartySeesFromTheirSideAndNobodyElseSees() {
        Trade trade = trade(0, "215.00");
        JsonNode order = trade.order();
        String path = "/api/v1/orders/" + order.path("id").asLong();

        JsonNode asBuyer = API.get(path, trade.buyer()).json();
        JsonNode asSeller = API.get(path, trade.seller()).json();
        JsonNode asAdmin = API.get(path, admin()).json();

        assertThat(order.path("order_number").asText()).matches("ORD-\\d{4}-\\d{6}");
        assertThat(asBuyer.path("role").asText()).isEqualTo("buyer");
        assertThat(asBuyer.path("total_amount").asText()).isEqualTo("221.45");
        assertThat(asBuyer.has("seller_payout")).isFalse();
        assertThat(asSeller.path("role").asText()).isEqualTo("seller");
        assertThat(asSeller.path("seller_payout").asText()).isEqualTo("195.65");
        assertThat(asSeller.has("total_amount")).isFalse();
        assertThat(asAdmin.path("platform_fee").asText()).isEqualTo("25.80");
        assertThat(API.get(path, user()).status()).isEqualTo(404);
        assertThat(API.get(path + "/history", user()).status()).isEqualTo(404);
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
    void thePartiesShipDeliverAndCompleteAPaidOrderAndTheHistoryShowsWhoDidWhat() {
        Trade trade = trade(1, "180.00");
        long id = trade.order().path("id").asLong();
        String path = "/api/v1/orders/" + id;
        paid(id);

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
    void aBuyerCancelsAnUnpaidOrderOnceAndTheAskIsBackOnTheBook() {
        Trade trade = trade(2, "150.00");
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
        Trade trade = trade(3, "160.00");
        String path = "/api/v1/orders/" + trade.order().path("id").asLong() + "/status";

        ApiClient.Reply byBuyer = API.put(path, Map.of("status", "cancelled", "note", "mine"), trade.buyer());
        ApiClient.Reply skipping = API.put(path, Map.of("status", "completed", "note", "skip"), admin());
        ApiClient.Reply unknown = API.put(path, Map.of("status", "lost", "note", "?"), admin());
        ApiClient.Reply cancelled = API.put(path, Map.of("status", "cancelled", "note", "fraud check"), admin());

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
        Trade trade = trade(4, "170.00");
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

    /** The order made from a match, once the create-order function has made it. */
    static JsonNode awaitOrder(String token, long matchId) {
        for (int attempt = 0; attempt < 60; attempt++) {
            for (JsonNode order : API.get("/api/v1/orders?role=buyer&page_size=100", token)
                    .json()
                    .path("items")) {
                if (order.path("match_id").asLong() == matchId) {
                    return order;
                }
            }
            sleep();
        }
        throw new AssertionError("No order for match " + matchId + " within 30 s");
    }

    record Trade(String buyer, String seller, long askId, JsonNode order) {}

    /** A seller asks, a buyer bids the same price on a size of its own, and the order appears. */
    static Trade trade(int sizeIndex, String price) {
        long size = sizes.get(sizeIndex).path("id").asLong();
        String seller = user();
        String buyer = user();
        Map<String, Object> order = Map.of("product_id", productId, "size_id", size, "price", price);
        long askId = API.post("/api/v1/asks", order, seller)
                .json()
                .path("ask")
                .path("id")
                .asLong();
        JsonNode placed = API.post("/api/v1/bids", order, buyer).json();
        long matchId = placed.path("matches").get(0).path("id").asLong();
        return new Trade(buyer, seller, askId, awaitOrder(buyer, matchId));
    }

    /** What the payment webhook does (issue 6): the system records the payment and moves the order on. */
    static void paid(long orderId) {
        JdbcOrderStore store = OrdersModule.store(Marketplace.runtime().dataSource());
        for (OrderStatus status : List.of(OrderStatus.PAID, OrderStatus.PROCESSING)) {
            store.transition(
                            store.find(orderId).orElseThrow(),
                            Change.to(status, Actor.SYSTEM, "Payment succeeded", Instant.now()))
                    .orElseThrow();
        }
    }

    static String user() {
        return API.post("/api/v1/auth/register", AuthApiIT.registration(AuthApiIT.unique("trader")), null)
                .json()
                .path("access_token")
                .asText();
    }

    static String admin() {
        return API.post(
                        "/api/v1/auth/login",
                        Map.of("email", Marketplace.ADMIN_EMAIL, "password", Marketplace.ADMIN_PASSWORD),
                        null)
                .json()
                .path("access_token")
                .asText();
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

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
