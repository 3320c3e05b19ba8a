package com.sneakers.marketplace.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Payouts through the local gateway: a seller opens a payout account (stripe-mock behind the local
 * Stripe front), an order completed through the API becomes a payout by way of the bus, the payouts
 * queue and the payout function; the seller's account.updated reaches it as a signed webhook through
 * the receiver, the FIFO queue and the processor.
 */
class PayoutsApiIT {
    private static final ApiClient API = new ApiClient();
    private static final Trades TRADES = new Trades(API, Marketplace.runtime());
    private static final String UPS = "1Z999AA10123456784";
    private static Trades.Book book;

    @BeforeAll
    static void aSeededProduct() {
        book = TRADES.book("zebra");
    }

    @Test
    void aSellerOpensAPayoutAccountAndSeesItsState() {
        String seller = TRADES.user();
        assertThat(API.get("/api/v1/users/payout-account", seller).status()).isEqualTo(404);

        ApiClient.Reply opened = API.post("/api/v1/users/payout-account", null, seller);
        ApiClient.Reply again = API.post("/api/v1/users/payout-account", null, seller);
        ApiClient.Reply shown = API.get("/api/v1/users/payout-account", seller);

        assertThat(opened.status()).isEqualTo(200);
        String accountId = opened.json().path("stripe_account_id").asText();
        assertThat(accountId).startsWith("acct_");
        assertThat(opened.json().path("payouts_enabled").asBoolean()).isFalse();
        assertThat(opened.json().path("onboarding_url").asText()).startsWith("https://");
        assertThat(again.json().path("stripe_account_id").asText()).isEqualTo(accountId);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().path("stripe_account_id").asText()).isEqualTo(accountId);
        assertThat(shown.json().path("onboarding_url").isNull()).isTrue();
        assertThat(API.get("/api/v1/users/payout-account", null).status()).isEqualTo(401);
    }

    @Test
    void aCompletedOrderBecomesAPayoutThatWaitsForTheSellerAndIsPaidOnceTheirAccountCanReceivePayouts()
            throws Exception {
        Trades.Trade trade = TRADES.trade(book, book.size(2), "215.00");
        String accountId = API.post("/api/v1/users/payout-account", null, trade.seller())
                .json()
                .path("stripe_account_id")
                .asText();
        complete(trade);

        JsonNode waiting = awaitPayout(trade.seller(), "pending");
        assertThat(waiting.path("amount").asText()).isEqualTo("195.65");
        assertThat(waiting.path("currency").asText()).isEqualTo("USD");
        assertThat(waiting.path("order_id").asLong()).isEqualTo(trade.orderId());
        assertThat(waiting.path("stripe_transfer_id").isNull()).isTrue();
        assertThat(API.get("/api/v1/payouts", trade.buyer())
                        .json()
                        .path("total")
                        .asLong())
                .isZero();

        accountCanReceivePayouts(accountId);

        JsonNode paid = awaitPayout(trade.seller(), "paid");
        assertThat(paid.path("payout_id").asText())
                .isEqualTo(waiting.path("payout_id").asText());
        assertThat(paid.path("stripe_transfer_id").asText()).startsWith("tr_");
        assertThat(paid.path("processed_at").isNull()).isFalse();
        assertThat(API.get("/api/v1/payouts?status=pending", trade.seller())
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
        assertThat(API.get("/api/v1/payouts?status=lost", trade.seller()).status())
                .isEqualTo(400);
    }

    @Test
    void anAdminRetriesAFailedPayoutAtOnceAndOnlyAFailedOne() throws Exception {
        Trades.Trade trade = TRADES.trade(book, book.size(3), "215.00");
        complete(trade);
        String payoutId =
                awaitPayout(trade.seller(), "pending").path("payout_id").asText();
        failed(payoutId);
        String path = "/api/v1/admin/payouts/" + payoutId + "/retry";
        String admin = TRADES.admin();

        assertThat(API.post(path, null, trade.seller()).status()).isEqualTo(403);
        ApiClient.Reply retried = API.post(path, null, admin);
        ApiClient.Reply again = API.post(path, null, admin);

        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().path("payout_id").asText()).isEqualTo(payoutId);
        assertThat(retried.json().path("status").asText())
                .as("attempted at once; it waits for the seller's payout account")
                .isEqualTo("pending");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asText()).contains("pending");
        assertThat(API.post("/api/v1/admin/payouts/po_unknown/retry", null, admin)
                        .status())
                .isEqualTo(404);
        assertThat(API.post(path, null, null).status()).isEqualTo(401);
    }

    /** A payout whose transfer Stripe refused for good: stripe-mock never refuses, so the row is set so. */
    private static void failed(String payoutId) throws Exception {
        try (var connection = Marketplace.runtime().dataSource().getConnection();
                var update = connection.prepareStatement(
                        "UPDATE payouts SET status = 'failed', attempts = 1 WHERE payout_id = ?")) {
            update.setString(1, payoutId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** Paid with a test card (localstripe's webhook), shipped, delivered and completed through the API. */
    private static void complete(Trades.Trade trade) {
        TRADES.pay(trade);
        String path = "/api/v1/orders/" + trade.orderId();
        assertThat(API.put(path + "/tracking", Map.of("carrier", "UPS", "tracking_number", UPS), trade.seller())
                        .status())
                .isEqualTo(200);
        assertThat(API.put(path + "/delivered", null, trade.buyer()).status()).isEqualTo(200);
        assertThat(API.put(path + "/complete", null, trade.buyer()).status()).isEqualTo(200);
    }

    /** What Stripe sends once the seller finished onboarding: a signed account.updated, payouts enabled. */
    private static void accountCanReceivePayouts(String accountId) {
        ApiClient.Reply reply = TRADES.postSignedWebhook(
                "account.updated",
                Map.of(
                        "id", accountId,
                        "object", "account",
                        "payouts_enabled", true,
                        "charges_enabled", true,
                        "details_submitted", true));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static JsonNode awaitPayout(String seller, String status) throws InterruptedException {
        for (int attempt = 0; attempt < 60; attempt++) {
            JsonNode items = API.get("/api/v1/payouts", seller).json().path("items");
            if (items.size() == 1 && status.equals(items.get(0).path("status").asText())) {
                return items.get(0);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No " + status + " payout within 30 s: "
                + API.get("/api/v1/payouts", seller).body());
    }
}
