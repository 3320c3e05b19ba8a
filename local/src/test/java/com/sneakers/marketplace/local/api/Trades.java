package com.sneakers.marketplace.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.local.LocalRuntime;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

    record Trade(String buyer, String seller, long askId, JsonNode order, String buyerEmail, String sellerEmail) {
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
        String sellerEmail = AuthApiIT.unique("seller");
        String buyerEmail = AuthApiIT.unique("buyer");
        String seller = register(sellerEmail);
        String buyer = register(buyerEmail);
        Map<String, Object> offer = Map.of("product_id", book.productId(), "size_id", size, "price", price);
        long askId = api.post("/api/v1/asks", offer, seller)
                .json()
                .path("ask")
                .path("id")
                .asLong();
        JsonNode placed = api.post("/api/v1/bids", offer, buyer).json();
        long matchId = placed.path("matches").get(0).path("id").asLong();
        return new Trade(buyer, seller, askId, awaitOrder(buyer, matchId), buyerEmail, sellerEmail);
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

    /** The buyer pays with a test card; localstripe's signed webhook moves the order to processing. */
    void pay(Trade trade) {
        JsonNode intent = api.post("/api/v1/payments/intent", Map.of("order_id", trade.orderId()), trade.buyer())
                .json();
        ApiClient.Reply confirmed = api.post(
                "/api/v1/payments/confirm",
                Map.of("payment_id", intent.path("payment_id").asText(), "payment_method", "pm_card_visa"),
                trade.buyer());
        if (confirmed.status() != 200) {
            throw new AssertionError("The payment was not confirmed: " + confirmed.body());
        }
        for (int attempt = 0; attempt < 60; attempt++) {
            String status = api.get("/api/v1/orders/" + trade.orderId(), trade.buyer())
                    .json()
                    .path("status")
                    .asText();
            if (status.equals("processing")) {
                return;
            }
            pause();
        }
        throw new AssertionError("Order " + trade.orderId() + " was not paid within 30 s");
    }

    /** A Stripe event about {@code object}, signed with the stack's webhook secret as Stripe signs it. */
    ApiClient.Reply postSignedWebhook(String type, Map<String, Object> object) {
        return postSignedWebhook("evt_" + UUID.randomUUID().toString().replace("-", ""), type, object);
    }

    /** A Stripe event with the given id: the same id twice is what a duplicated delivery looks like. */
    ApiClient.Reply postSignedWebhook(String eventId, String type, Map<String, Object> object) {
        try {
            String secret = Json.mapper()
                    .readTree(AwsClients.secretsManager()
                            .getSecretValue(
                                    request -> request.secretId(runtime.stack().ref("StripeSecret")))
                            .secretString())
                    .path("webhook_secret")
                    .asText();
            long now = Instant.now().getEpochSecond();
            String payload = Json.mapper()
                    .writeValueAsString(Map.of(
                            "id",
                            eventId,
                            "object",
                            "event",
                            "type",
                            type,
                            "created",
                            now,
                            "api_version",
                            "2024-06-20",
                            "data",
                            Map.of("object", object)));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature =
                    HexFormat.of().formatHex(mac.doFinal((now + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return api.send(
                    "POST",
                    "/api/v1/webhooks/stripe",
                    payload,
                    null,
                    Map.of("Stripe-Signature", "t=" + now + ",v1=" + signature));
        } catch (Exception e) {
            throw new IllegalStateException("Could not sign a webhook event", e);
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
