package com.sneakers.marketplace.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Paying for orders through the local gateway against localstripe: the intent, a server-side
 * confirmation, localstripe's signed webhook through the receiver, the FIFO queue and the processor,
 * and refunds by cancellation or by an admin.
 */
class PaymentsApiIT {
    private static final ApiClient API = new ApiClient();
    private static final Trades TRADES = new Trades(API, Marketplace.runtime());
    private static Trades.Book book;
    private static LocalstripeWebhook webhook;

    @BeforeAll
    static void registerTheWebhookAtLocalstripe() {
        book = TRADES.book("chicago");
        webhook = LocalstripeWebhook.register(Marketplace.runtime());
    }

    @AfterAll
    static void silenceTheWebhook() {
        webhook.silence();
    }

    @Test
    void theBuyerPaysWithATestCardAndTheWebhookMovesTheOrderToProcessing() {
        Trades.Trade trade = TRADES.trade(book, book.size(0), "215.00");

        JsonNode intent = intent(trade);
        JsonNode again = API.post("/api/v1/payments/intent", Map.of("order_id", trade.orderId()), trade.buyer())
                .json();
        ApiClient.Reply confirmed = confirm(trade, intent, "pm_card_visa");

        assertThat(intent.path("amount").asText())
                .isEqualTo(trade.order().path("total_amount").asText());
        assertThat(intent.path("client_secret").asText())
                .startsWith(intent.path("stripe_payment_intent_id").asText());
        assertThat(again.path("payment_id").asText())
                .isEqualTo(intent.path("payment_id").asText());
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(awaitOrder(trade, "processing").path("paid_at").isNull()).isFalse();
        JsonNode payment =
                awaitPayment(trade, intent, p -> p.path("status").asText().equals("succeeded"));
        assertThat(payment.path("card_last4").asText()).isEqualTo("4242");
        assertThat(API.get("/api/v1/payments", trade.buyer())
                        .json()
                        .path("items")
                        .get(0)
                        .path("payment_id")
                        .asText())
                .isEqualTo(intent.path("payment_id").asText());
    }

    @Test
    void nobodyButTheBuyerSeesOrPaysTheOrder() {
        Trades.Trade trade = TRADES.trade(book, book.size(0), "216.00");
        JsonNode intent = intent(trade);
        String stranger = TRADES.user();

        assertThat(API.post("/api/v1/payments/intent", Map.of("order_id", trade.orderId()), trade.seller())
                        .status())
                .isEqualTo(404);
        assertThat(API.get("/api/v1/payments/" + intent.path("id").asLong(), stranger)
                        .status())
                .isEqualTo(404);
        assertThat(API.post(
                                "/api/v1/payments/confirm",
                                Map.of(
                                        "payment_id",
                                        intent.path("payment_id").asText(),
                                        "payment_method",
                                        "pm_card_visa"),
                                stranger)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aDeclinedCardIsA402AndTheOrderStaysPayable() {
        Trades.Trade trade = TRADES.trade(book, book.size(0), "217.00");
        JsonNode intent = intent(trade);

        ApiClient.Reply declined = confirm(trade, intent, "pm_card_chargeCustomerFail");

        assertThat(declined.status()).as(declined.body()).isEqualTo(402);
        assertThat(declined.json().path("errors").path("decline_code").asText()).isNotEmpty();
        awaitPayment(trade, intent, p -> p.path("status").asText().equals("failed"));
        assertThat(API.get("/api/v1/orders/" + trade.orderId(), trade.buyer())
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("pending_payment");
        assertThat(API.post("/api/v1/payments/intent", Map.of("order_id", trade.orderId()), trade.buyer())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aPaidOrderCancelledByTheBuyerIsRefundedInFull() {
        Trades.Trade trade = TRADES.trade(book, book.size(0), "218.00");
        JsonNode intent = intent(trade);
        confirm(trade, intent, "pm_card_visa");
        awaitOrder(trade, "processing");

        ApiClient.Reply cancelled = API.put(
                "/api/v1/orders/" + trade.orderId() + "/cancel", Map.of("reason", "Changed my mind"), trade.buyer());

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        awaitOrder(trade, "refunded");
        JsonNode payment =
                awaitPayment(trade, intent, p -> p.path("status").asText().equals("refunded"));
        assertThat(payment.path("refunded_amount").asText())
                .isEqualTo(payment.path("amount").asText());
    }

    @Test
    void anAdminRefundsPartOfAPaymentButNeverMoreThanWasCaptured() {
        Trades.Trade trade = TRADES.trade(book, book.size(0), "219.00");
        JsonNode intent = intent(trade);
        confirm(trade, intent, "pm_card_visa");
        awaitPayment(trade, intent, p -> p.path("status").asText().equals("succeeded"));
        String path = "/api/v1/payments/" + intent.path("id").asLong() + "/refund";
        String admin = TRADES.admin();

        ApiClient.Reply byBuyer = API.post(path, Map.of("amount", "10.00", "reason", "mine"), trade.buyer());
        ApiClient.Reply partial = API.post(path, Map.of("amount", "50.00", "reason", "Scuffed box"), admin);
        ApiClient.Reply over =
                API.post(path, Map.of("amount", intent.path("amount").asText(), "reason", "Again"), admin);

        assertThat(byBuyer.status()).isEqualTo(403);
        assertThat(partial.status()).as(partial.body()).isEqualTo(201);
        assertThat(partial.json().path("status").asText()).isEqualTo("partially_refunded");
        assertThat(partial.json().path("refunded_amount").asText()).isEqualTo("50.00");
        assertThat(partial.json().path("refund").path("stripe_refund_id").asText())
                .startsWith("re_");
        assertThat(over.status()).as(over.body()).isEqualTo(409);
        assertThat(API.get("/api/v1/orders/" + trade.orderId(), trade.buyer())
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("processing");
    }

    @Test
    void anAdminSeesTheLedgerBalancesAndAReconciliationWithoutViolationsAfterARefund() {
        Trades.Trade trade = TRADES.trade(book, book.size(0), "221.00");
        JsonNode intent = intent(trade);
        confirm(trade, intent, "pm_card_visa");
        awaitPayment(trade, intent, p -> p.path("status").asText().equals("succeeded"));
        String admin = TRADES.admin();
        ApiClient.Reply refund = API.post(
                "/api/v1/payments/" + intent.path("id").asLong() + "/refund",
                Map.of("amount", "30.00", "reason", "Box damaged"),
                admin);
        assertThat(refund.status()).as(refund.body()).isEqualTo(201);

        ApiClient.Reply reconciliation = API.get("/api/v1/admin/reconciliation", admin);
        ApiClient.Reply balances = API.get("/api/v1/admin/ledger/balances", admin);

        assertThat(reconciliation.status()).as(reconciliation.body()).isEqualTo(200);
        assertThat(reconciliation.json().path("violations"))
                .as(reconciliation.body())
                .isEmpty();
        assertThat(reconciliation.json().path("invariants_checked").asInt()).isPositive();
        assertThat(balances.status()).as(balances.body()).isEqualTo(200);
        assertThat(balances.json().path("totals").path("earned").path("USD").asText())
                .isNotEmpty();
        assertThat(API.get("/api/v1/admin/reconciliation", trade.buyer()).status())
                .isEqualTo(403);
        assertThat(API.get("/api/v1/admin/ledger/balances", trade.seller()).status())
                .isEqualTo(403);
    }

    private static JsonNode intent(Trades.Trade trade) {
        ApiClient.Reply reply = API.post("/api/v1/payments/intent", Map.of("order_id", trade.orderId()), trade.buyer());
        // 201, or 200 when the payment-intent function made it first from order.created
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json();
    }

    private static ApiClient.Reply confirm(Trades.Trade trade, JsonNode intent, String paymentMethod) {
        return API.post(
                "/api/v1/payments/confirm",
                Map.of("payment_id", intent.path("payment_id").asText(), "payment_method", paymentMethod),
                trade.buyer());
    }

    private static JsonNode awaitOrder(Trades.Trade trade, String status) {
        return await(
                () -> API.get("/api/v1/orders/" + trade.orderId(), trade.buyer())
                        .json(),
                order -> order.path("status").asText().equals(status),
                "order " + trade.orderId() + " " + status);
    }

    private static JsonNode awaitPayment(Trades.Trade trade, JsonNode intent, Predicate<JsonNode> condition) {
        return await(
                () -> API.get("/api/v1/payments/" + intent.path("id").asLong(), trade.buyer())
                        .json(),
                condition,
                "payment " + intent.path("payment_id").asText());
    }

    private static JsonNode await(
            java.util.function.Supplier<JsonNode> read, Predicate<JsonNode> condition, String what) {
        JsonNode last = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            last = read.get();
            if (condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Waited 30 s for " + what + "; last seen " + last);
    }
}
