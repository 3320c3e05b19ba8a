package com.sneakers.marketplace.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.local.LocalRuntime;
import com.sneakers.marketplace.orders.Actor;
import com.sneakers.marketplace.orders.Change;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.adapter.JdbcOrderStore;
import com.sneakers.marketplace.orders.adapter.OrdersModule;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Traders on a local marketplace: users, trades that become orders, and the admin. */
final class Trades {
    static final String PASSWORD = "sneakers123";

    private final ApiClient api;
    private final LocalRuntime runtime;

    Trades(ApiClient api, LocalRuntime runtime) {
        this.api = api;
        this.runtime = runtime;
    }

    /** A seeded product found by search, and its sizes. */
    record Book(long productId, JsonNode sizes) {
        long size(int index) {
            return sizes.get(index).path("id").asLong();
        }
    }

    record Trade(String buyer, String seller, long askId, JsonNode order) {
        long orderId() {
            return order.path("id").asLong();
        }
    }

    Book book(String query) {
        long productId = api.get("/api/v1/products/search?q=" + query, null)
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        return new Book(
                productId,
                api.get("/api/v1/products/" + productId + "/sizes", null).json().path("items"));
    }

    /** A seller asks, a new buyer bids the same price, and the order the match becomes. */
    Trade trade(Book book, long size, String price) {
        String seller = user();
        String buyer = user();
        Map<String, Object> order = Map.of("product_id", book.productId(), "size_id", size, "price", price);
        long askId = api.post("/api/v1/asks", order, seller)
                .json()
                .path("ask")
                .path("id")
                .asLong();
        JsonNode placed = api.post("/api/v1/bids", order, buyer).json();
        long matchId = placed.path("matches").get(0).path("id").asLong();
        return new Trade(buyer, seller, askId, awaitOrder(buyer, matchId));
    }

    /** The order made from a match, once the bus, the queue and the create-order function have made it. */
    JsonNode awaitOrder(String token, long matchId) {
        for (int attempt = 0; attempt < 60; attempt++) {
            for (JsonNode order : api.get("/api/v1/orders?role=buyer&page_size=100", token)
                    .json()
                    .path("items")) {
                if (order.path("match_id").asLong() == matchId) {
                    return order;
                }
            }
            pause();
        }
        throw new AssertionError("No order for match " + matchId + " within 30 s");
    }

    /** What the payment webhook does (issue 6): the system records the payment and moves the order on. */
    void paid(long orderId) {
        JdbcOrderStore store = OrdersModule.store(runtime.dataSource());
        for (OrderStatus status : List.of(OrderStatus.PAID, OrderStatus.PROCESSING)) {
            store.transition(
                            store.find(orderId).orElseThrow(),
                            Change.to(status, Actor.SYSTEM, "Payment succeeded", Instant.now()))
                    .orElseThrow();
        }
    }

    String user() {
        return register(AuthApiIT.unique("trader"));
    }

    String register(String email) {
        return api.post("/api/v1/auth/register", AuthApiIT.registration(email), null)
                .json()
                .path("access_token")
                .asText();
    }

    String login(String email, String password) {
        return api.post("/api/v1/auth/login", Map.of("email", email, "password", password), null)
                .json()
                .path("access_token")
                .asText();
    }

    String admin() {
        return login(Marketplace.ADMIN_EMAIL, Marketplace.ADMIN_PASSWORD);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
