package com.sneakers.marketplace.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.payments.ConnectedAccount;
import com.sneakers.marketplace.payments.StripeEvent;
import com.sneakers.marketplace.payments.adapter.StripeEventHandler;
import com.sneakers.marketplace.payments.payouts.adapter.AccountUpdatedHandler;
import com.sneakers.marketplace.payments.payouts.adapter.PayoutsModule;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.outbox.EventBridgePublisher;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxRelay;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Payouts through the local gateway: a seller opens a payout account (stripe-mock behind the local
 * Stripe front), an order completed through the API becomes a payout by way of the bus, the payouts
 * queue and the payout function. The payment itself and the account.updated webhook belong to the
 * webhook processor (issue 6, payments side): here the payment is faked in the database and the
 * account.updated handler is run in-process on the runtime's database, its event put on the bus.
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

    /** Paid (faked as the payment webhook would), shipped, delivered and completed through the API. */
    private static void complete(Trades.Trade trade) throws Exception {
        TRADES.paid(trade.orderId());
        execute("INSERT INTO payments (payment_id, order_id, user_id, amount, currency, status, stripe_charge_id)"
                + " SELECT 'pay_' || id, id, buyer_id, total_amount, currency, 'succeeded', 'ch_' || id"
                + " FROM orders WHERE id = " + trade.orderId());
        String path = "/api/v1/orders/" + trade.orderId();
        assertThat(API.put(path + "/tracking", Map.of("carrier", "UPS", "tracking_number", UPS), trade.seller())
                        .status())
                .isEqualTo(200);
        assertThat(API.put(path + "/delivered", null, trade.buyer()).status()).isEqualTo(200);
        assertThat(API.put(path + "/complete", null, trade.buyer()).status()).isEqualTo(200);
    }

    /** What the webhook processor does with account.updated, then its event put on the runtime's bus. */
    private static void accountCanReceivePayouts(String accountId) throws Exception {
        DataSource database = Marketplace.runtime().dataSource();
        StripeEventHandler handler = new AccountUpdatedHandler(
                PayoutsModule.create(new Settings(Map.of()), database, () -> null, Clock.systemUTC())
                        .accounts());
        ConnectedAccount enabled = new ConnectedAccount(accountId, true, true, true);
        StripeEvent event = StripeEvent.parse(("{\"id\":\"evt_" + UUID.randomUUID() + "\",\"object\":\"event\","
                        + "\"type\":\"account.updated\",\"created\":1764072000,\"data\":{\"object\":{\"id\":\""
                        + enabled.id() + "\",\"object\":\"account\",\"payouts_enabled\":true,"
                        + "\"charges_enabled\":true,\"details_submitted\":true}}}")
                .getBytes(StandardCharsets.UTF_8));
        List<UUID> eventIds = ((StripeEventHandler.Outcome.Applied)
                        new Transactions(database).inTransaction(connection -> handler.handle(connection, event)))
                .eventIds();
        assertThat(eventIds).hasSize(1);
        new OutboxRelay(
                        database,
                        new Outbox(),
                        new EventBridgePublisher(
                                AwsClients.eventBridge(),
                                Marketplace.runtime().stack().ref("MarketplaceEventBus")),
                        Clock.systemUTC())
                .publish(eventIds);
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

    private static void execute(String sql) throws Exception {
        try (var connection = Marketplace.runtime().dataSource().getConnection();
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
