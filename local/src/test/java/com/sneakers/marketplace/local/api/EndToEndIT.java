package com.sneakers.marketplace.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.local.LocalRuntime;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The marketplace from the outside, through the local gateway only: the parties use the API, Stripe
 * (localstripe, stripe-mock) calls back through its signed webhooks, the functions run from their
 * packages, and time moves only through the local runtime's clock. Nothing reaches into the database.
 */
class EndToEndIT {
    private static final String UPS = "1Z999AA10123456784";
    private static LocalRuntime runtime;
    private static ApiClient api;
    private static Trades trades;
    private static Trades.Book book;

    @BeforeAll
    static void start() {
        runtime = Marketplace.start("e2e");
        api = new ApiClient(runtime.port());
        trades = new Trades(api, runtime);
        book = trades.book("concord");
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void aSaleFromAskToPayoutWithTheBuyerConfirmingReceipt() {
        Trades.Trade trade = trades.trade(book, book.size(0), "215.00");
        String seller = trade.seller();
        String buyer = trade.buyer();
        enablePayouts(seller);
        long orderId = trade.orderId();
        assertThat(trade.order().path("status").asText()).isEqualTo("pending_payment");

        pay(orderId, buyer, "pm_card_visa");
        awaitOrder(orderId, buyer, "processing");
        ok(api.put(
                "/api/v1/orders/" + orderId + "/tracking", Map.of("carrier", "UPS", "tracking_number", UPS), seller));
        ok(api.put("/api/v1/orders/" + orderId + "/delivered", null, buyer));
        JsonNode completed = ok(api.put("/api/v1/orders/" + orderId + "/complete", null, buyer));

        assertThat(completed.path("status").asText()).isEqualTo("completed");
        JsonNode payout = awaitPayout(seller, orderId, "paid");
        assertThat(payout.path("amount").asText()).isEqualTo("195.65");
        JsonNode history =
                ok(api.get("/api/v1/orders/" + orderId + "/history", buyer)).path("items");
        assertThat(history.findValuesAsText("status"))
                .containsExactly("pending_payment", "paid", "processing", "shipped", "delivered", "completed");
    }

    @Test
    void anOrderDeliveredAWeekAgoCompletesOnItsOwnAndPaysTheSeller() {
        Trades.Trade trade = trades.trade(book, book.size(1), "180.00");
        enablePayouts(trade.seller());
        long orderId = trade.orderId();
        pay(orderId, trade.buyer(), "pm_card_visa");
        awaitOrder(orderId, trade.buyer(), "processing");
        ok(api.put(
                "/api/v1/orders/" + orderId + "/tracking",
                Map.of("carrier", "DHL", "tracking_number", "1234567890"),
                trade.seller()));
        ok(api.put("/api/v1/orders/" + orderId + "/delivered", null, trade.buyer()));

        ok(api.post("/_local/clock", Map.of("advance", "P7DT1M"), null));

        String buyer = trades.login(trade.buyerEmail(), Trades.PASSWORD);
        assertThat(ok(api.get("/api/v1/orders/" + orderId, buyer))
                        .path("status")
                        .asText())
                .isEqualTo("completed");
        String seller = trades.login(trade.sellerEmail(), Trades.PASSWORD);
        assertThat(awaitPayout(seller, orderId, "paid").path("amount").asText()).isEqualTo("163.80");
    }

    @Test
    void aCancellationAfterPaymentRefundsTheBuyerInFull() {
        Trades.Trade trade = trades.trade(book, book.size(2), "150.00");
        long orderId = trade.orderId();
        JsonNode payment = pay(orderId, trade.buyer(), "pm_card_visa");
        awaitOrder(orderId, trade.buyer(), "processing");

        ok(api.put("/api/v1/orders/" + orderId + "/cancel", Map.of("reason", "sold out"), trade.seller()));

        awaitOrder(orderId, trade.buyer(), "refunded");
        JsonNode refunded = ok(api.get("/api/v1/payments/" + payment.path("id").asLong(), trade.buyer()));
        assertThat(refunded.path("status").asText()).isEqualTo("refunded");
        assertThat(refunded.path("refunded_amount").asText())
                .isEqualTo(refunded.path("amount").asText());
    }

    @Test
    void aDeclinedCardFailsThePaymentAndLeavesTheOrderPayable() {
        Trades.Trade trade = trades.trade(book, book.size(3), "160.00");
        long orderId = trade.orderId();
        JsonNode intent = intent(orderId, trade.buyer());

        ApiClient.Reply declined = api.post(
                "/api/v1/payments/confirm",
                Map.of(
                        "payment_id",
                        intent.path("payment_id").asText(),
                        "payment_method",
                        "pm_card_chargeCustomerFail"),
                trade.buyer());

        assertThat(declined.status()).as(declined.body()).isEqualTo(402);
        awaitPayment(intent.path("id").asLong(), trade.buyer(), "failed");
        assertThat(ok(api.get("/api/v1/orders/" + orderId, trade.buyer()))
                        .path("status")
                        .asText())
                .isEqualTo("pending_payment");
        ApiClient.Reply again = api.post("/api/v1/payments/intent", Map.of("order_id", orderId), trade.buyer());
        assertThat(again.status()).as("the order can still be paid").isEqualTo(200);
        assertThat(again.json().path("payment_id").asText())
                .isEqualTo(intent.path("payment_id").asText());
    }

    private JsonNode pay(long orderId, String buyer, String paymentMethod) {
        JsonNode intent = intent(orderId, buyer);
        ok(api.post(
                "/api/v1/payments/confirm",
                Map.of("payment_id", intent.path("payment_id").asText(), "payment_method", paymentMethod),
                buyer));
        return intent;
    }

    private JsonNode intent(long orderId, String buyer) {
        ApiClient.Reply reply = api.post("/api/v1/payments/intent", Map.of("order_id", orderId), buyer);
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        JsonNode intent = reply.json();
        assertThat(intent.path("client_secret").asText()).isNotBlank();
        return intent;
    }

    /**
     * The seller opens a payout account; finishing Stripe's onboarding is what Stripe then reports: a
     * signed {@code account.updated} with payouts enabled.
     */
    private void enablePayouts(String seller) {
        String accountId = ok(api.post("/api/v1/users/payout-account", Map.of(), seller))
                .path("stripe_account_id")
                .asText();
        ApiClient.Reply reply = trades.postSignedWebhook(
                "account.updated",
                Map.of(
                        "id", accountId,
                        "object", "account",
                        "payouts_enabled", true,
                        "charges_enabled", true,
                        "details_submitted", true));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        await(() -> ok(api.get("/api/v1/users/payout-account", seller)), account -> account.path("payouts_enabled")
                .asBoolean());
    }

    private void awaitOrder(long orderId, String token, String status) {
        await(
                () -> ok(api.get("/api/v1/orders/" + orderId, token)),
                order -> order.path("status").asText().equals(status));
    }

    private void awaitPayment(long paymentId, String token, String status) {
        await(
                () -> ok(api.get("/api/v1/payments/" + paymentId, token)),
                payment -> payment.path("status").asText().equals(status));
    }

    private JsonNode awaitPayout(String seller, long orderId, String status) {
        return await(
                () -> {
                    for (JsonNode payout :
                            ok(api.get("/api/v1/payouts?page_size=100", seller)).path("items")) {
                        if (payout.path("order_id").asLong() == orderId) {
                            return payout;
                        }
                    }
                    return api.get("/health", null).json();
                },
                payout -> payout.path("order_id").asLong() == orderId
                        && payout.path("status").asText().equals(status));
    }

    private static JsonNode await(java.util.function.Supplier<JsonNode> read, Predicate<JsonNode> done) {
        JsonNode last = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Still not there after 30 s: " + last);
    }

    private static JsonNode ok(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
        return reply.json();
    }
}
