package com.sneakers.marketplace.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bids, asks, matching and market data through the local gateway; each test trades its own size. */
class TradingApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiClient API = new ApiClient();
    private static long productId;
    private static JsonNode sizes;

    @BeforeAll
    static void aSeededProduct() {
        productId = API.get("/api/v1/products/search?q=concord", null)
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        sizes = API.get("/api/v1/products/" + productId + "/sizes", null).json().path("items");
    }

    @Test
    void anAskAtOrBelowTheHighestBidSellsNowAtTheBidsPriceAndTheMatchBecomesAnOrder() throws Exception {
        long size = size(0);
        String buyer = user();
        String seller = user();

        JsonNode bid = API.post("/api/v1/bids", offer(size, "200.00"), buyer).json();
        ApiClient.Reply sellNow = API.post("/api/v1/asks", offer(size, "190.00"), seller);

        assertThat(bid.path("bid").path("status").asText()).isEqualTo("active");
        assertThat(bid.path("matches")).isEmpty();
        assertThat(sellNow.status()).isEqualTo(201);
        JsonNode match = sellNow.json().path("matches").get(0);
        assertThat(match.path("price").asText()).isEqualTo("200.00");
        assertThat(sellNow.json().path("ask").path("status").asText()).isEqualTo("matched");
        long bidId = bid.path("bid").path("id").asLong();
        assertThat(API.get("/api/v1/bids/" + bidId, buyer).json().path("status").asText())
                .isEqualTo("matched");
        assertThat(new Trades(API, Marketplace.runtime())
                        .awaitOrder(buyer, match.path("id").asLong())
                        .path("status")
                        .asText())
                .isEqualTo("pending_payment");
    }

    @Test
    void marketDataAndProductSizesShowTheBookAndTheLastSale() {
        long size = size(1);
        String buyer = user();
        String seller = user();
        API.post("/api/v1/bids", offer(size, "150.00"), buyer);
        API.post("/api/v1/bids", offer(size, "160.00"), buyer);
        API.post("/api/v1/asks", offer(size, "240.00"), seller);
        API.post("/api/v1/asks", offer(size, "155.00"), seller);

        JsonNode market =
                API.get("/api/v1/market/" + productId + "/" + size, null).json();
        JsonNode sizeView = findSize(
                API.get("/api/v1/products/" + productId + "/sizes", null).json().path("items"), size);

        assertThat(market.path("last_sale_price").asText()).isEqualTo("160.00");
        assertThat(market.path("sales_count").asInt()).isEqualTo(1);
        assertThat(market.path("highest_bid").asText()).isEqualTo("150.00");
        assertThat(market.path("lowest_ask").asText()).isEqualTo("240.00");
        assertThat(market.path("spread").asText()).isEqualTo("90.00");
        assertThat(market.path("bids").get(0).path("price").asText()).isEqualTo("150.00");
        assertThat(sizeView.path("lowest_ask").asText()).isEqualTo("240.00");
        assertThat(sizeView.path("highest_bid").asText()).isEqualTo("150.00");
    }

    @Test
    void anOrderNeverMatchesItsOwnUsersOrders() {
        long size = size(2);
        String trader = user();
        API.post("/api/v1/bids", offer(size, "300.00"), trader);

        ApiClient.Reply ask = API.post("/api/v1/asks", offer(size, "250.00"), trader);

        assertThat(ask.json().path("matches")).isEmpty();
        assertThat(ask.json().path("ask").path("status").asText()).isEqualTo("active");
    }

    @Test
    void anOwnerCancelsOnceAndNobodyElseSeesOrCancelsTheOrder() {
        long size = size(3);
        String owner = user();
        String stranger = user();
        long id = API.post("/api/v1/bids", offer(size, "120.00"), owner)
                .json()
                .path("bid")
                .path("id")
                .asLong();

        assertThat(API.get("/api/v1/bids/" + id, stranger).status()).isEqualTo(404);
        assertThat(API.delete("/api/v1/bids/" + id, stranger).status()).isEqualTo(404);
        ApiClient.Reply cancelled = API.delete("/api/v1/bids/" + id, owner);
        ApiClient.Reply again = API.delete("/api/v1/bids/" + id, owner);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asText()).isEqualTo("cancelled");
        assertThat(again.status()).isEqualTo(409);
        assertThat(API.get("/api/v1/bids?status=cancelled", owner)
                        .json()
                        .path("total")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void badOrdersAreValidationProblemsPerField() {
        long size = size(4);
        Map<String, Object> bad = new HashMap<>(offer(size, "0.00"));
        bad.put("quantity", 11);
        bad.put("expires_in_days", 5);

        ApiClient.Reply reply = API.post("/api/v1/bids", bad, user());
        ApiClient.Reply otherProduct = API.post(
                "/api/v1/asks", Map.of("product_id", productId + 1, "size_id", size, "price", "100.00"), user());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("errors").path("price").asText()).isEqualTo("must be at least 25.00");
        assertThat(reply.json().path("errors").has("quantity")).isTrue();
        assertThat(reply.json().path("errors").has("expires_in_days")).isTrue();
        assertThat(otherProduct.status()).isEqualTo(400);
    }

    @Test
    void aRetriedPlacementWithTheSameIdempotencyKeyPlacesOneOrder() {
        long size = size(5);
        String buyer = user();
        Map<String, String> key = Map.of("Idempotency-Key", "bid-" + System.nanoTime());

        ApiClient.Reply first = API.send("POST", "/api/v1/bids", offer(size, "99.00"), buyer, key);
        ApiClient.Reply retry = API.send("POST", "/api/v1/bids", offer(size, "99.00"), buyer, key);

        assertThat(retry.json().path("bid").path("id"))
                .isEqualTo(first.json().path("bid").path("id"));
        assertThat(API.get("/api/v1/bids", buyer).json().path("total").asInt()).isEqualTo(1);
    }

    private static long size(int index) {
        return sizes.get(index).path("id").asLong();
    }

    private static JsonNode findSize(JsonNode items, long sizeId) {
        for (JsonNode item : items) {
            if (item.path("id").asLong() == sizeId) {
                return item;
            }
        }
        throw new AssertionError("no size " + sizeId);
    }

    private static Map<String, Object> offer(long sizeId, String price) {
        return Map.of("product_id", productId, "size_id", sizeId, "price", price);
    }

    private static String user() {
        return API.post("/api/v1/auth/register", AuthApiIT.registration(AuthApiIT.unique("trader")), null)
                .json()
                .path("access_token")
                .asText();
    }
}
