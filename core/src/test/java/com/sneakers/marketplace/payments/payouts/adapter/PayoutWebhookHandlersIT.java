package com.sneakers.marketplace.payments.payouts.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.identity.UserId;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.payments.adapter.StripeEvent;
import com.sneakers.marketplace.payments.adapter.StripeEventHandler;
import com.sneakers.marketplace.payments.adapter.StripeEventHandler.Outcome;
import com.sneakers.marketplace.payments.payouts.PayoutStatus;
import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingGateway;
import com.sneakers.marketplace.testing.TestContexts;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestOrders;
import com.sneakers.marketplace.testing.TestRows;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The payout handlers as the webhook processor runs them: in its transaction, over a real Postgres. */
class PayoutWebhookHandlersIT {
    private final DataSource database = TestDatabase.migrated();
    private final TestRows rows = new TestRows(database);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final TestOrders orders = new TestOrders(database, clock);
    private final RecordingGateway stripe = new RecordingGateway();
    private final PayoutsModule module = TestContexts.payouts(database, new Outbox(), stripe, clock);
    private final List<StripeEventHandler> handlers = module.webhookHandlers();

    @Test
    void theHandlersTakeTheAccountAndTransferEventsOnly() {
        for (String type : List.of("account.updated", "transfer.reversed", "transfer.updated")) {
            assertThat(handlers.stream().filter(handler -> handler.handles(type)))
                    .as(type)
                    .hasSize(1);
        }
        assertThat(handlers.stream().filter(handler -> handler.handles("payment_intent.succeeded")))
                .isEmpty();
    }

    @Test
    void accountUpdatedRecordsTheFlagsAndPayoutsBecomingEnabledAsksForTheWaitingPayoutsOnce() throws Exception {
        Order order = orders.completed("215.00");
        orders.charged(order, "ch_1");
        orders.sellerAccount(order.sellerId(), "acct_onboarding", false);
        String payoutId = module.payouts()
                .recordCompletedOrder(new OrderId(order.id()))
                .orElseThrow()
                .payoutId();
        assertThat(module.payouts().attempt(payoutId).payout().status()).isEqualTo(PayoutStatus.PENDING);

        Outcome enabled = handle("account.updated", account("acct_onboarding", true));
        long afterEnabled = payoutsEnabledEvents();
        Outcome again = handle("account.updated", account("acct_onboarding", true));

        assertThat(enabled).isInstanceOf(Outcome.Applied.class);
        assertThat(afterEnabled).isEqualTo(1);
        assertThat(again).isInstanceOf(Outcome.Applied.class);
        assertThat(payoutsEnabledEvents()).as("already enabled: nothing new").isEqualTo(afterEnabled);
        assertThat(
                        rows.text(
                                "SELECT payouts_enabled::text FROM seller_accounts WHERE stripe_account_id = 'acct_onboarding'"))
                .isEqualTo("true");
        assertThat(rows.text("SELECT detail->>'seller_id' FROM outbox WHERE detail_type = 'seller.payouts_enabled'"))
                .isEqualTo(Long.toString(order.sellerId()));

        module.payouts().attemptPendingOf(new UserId(order.sellerId()));
        module.payouts().attemptPendingOf(new UserId(order.sellerId()));
        assertThat(rows.text("SELECT status FROM payouts WHERE payout_id = ?", payoutId))
                .isEqualTo("paid");
        assertThat(stripe.transfers()).hasSize(1);
    }

    @Test
    void accountUpdatedForAnAccountThatIsNoSellersOfOursIsAcknowledged() throws Exception {
        assertThat(handle("account.updated", account("acct_someone_else", true)))
                .isEqualTo(new Outcome.Applied());
    }

    @Test
    void aFullyReversedTransferReversesItsPaidPayout() throws Exception {
        Order order = paid("215.00");
        String transferId = rows.text("SELECT stripe_transfer_id FROM payouts WHERE order_id = ?", order.id());

        long before = rows.number("SELECT count(*) FROM outbox");
        Outcome outcome = handle("transfer.reversed", transfer(transferId, order.orderNumber(), true));

        assertThat(outcome).isInstanceOf(Outcome.Applied.class);
        assertThat(rows.number("SELECT count(*) FROM outbox") - before).isEqualTo(1);
        assertThat(rows.text("SELECT status FROM payouts WHERE order_id = ?", order.id()))
                .isEqualTo("reversed");
        assertThat(rows.number("SELECT count(*) FROM outbox WHERE detail_type = 'payout.reversed'"))
                .isEqualTo(1);
    }

    @Test
    void aPartialReversalChangesNothing() throws Exception {
        Order order = paid("215.00");
        String transferId = rows.text("SELECT stripe_transfer_id FROM payouts WHERE order_id = ?", order.id());

        handle("transfer.reversed", transfer(transferId, order.orderNumber(), false));

        assertThat(rows.text("SELECT status FROM payouts WHERE order_id = ?", order.id()))
                .isEqualTo("paid");
    }

    @Test
    void aReversalOfATransferNotYetRecordedForAPayoutBeingTransferredIsRetried() throws Exception {
        Order order = orders.completed("215.00");
        module.payouts().recordCompletedOrder(new OrderId(order.id()));
        rows.execute("UPDATE payouts SET status = 'processing' WHERE order_id = ?", order.id());

        assertThat(handle("transfer.reversed", transfer("tr_unrecorded", order.orderNumber(), true)))
                .isInstanceOf(Outcome.NotYetKnown.class);
    }

    @Test
    void aReversalOfSomeoneElsesTransferIsAcknowledged() throws Exception {
        assertThat(handle("transfer.reversed", transfer("tr_other_run", "ORD-OTHER-1", true)))
                .isEqualTo(new Outcome.Applied());
    }

    private long payoutsEnabledEvents() {
        return rows.number("SELECT count(*) FROM outbox WHERE detail_type = 'seller.payouts_enabled'");
    }

    private Order paid(String price) {
        Order order = orders.completed(price);
        orders.charged(order, "ch_" + order.id());
        orders.sellerAccount(order.sellerId(), "acct_" + order.id(), true);
        module.payouts()
                .attempt(module.payouts()
                        .recordCompletedOrder(new OrderId(order.id()))
                        .orElseThrow()
                        .payoutId());
        return order;
    }

    private Outcome handle(String type, String object) throws SQLException {
        StripeEvent event =
                StripeEvent.parse(("{\"id\":\"evt_" + System.nanoTime() + "\",\"object\":\"event\",\"type\":\"" + type
                                + "\",\"created\":1764072000,\"data\":{\"object\":" + object + "}}")
                        .getBytes(StandardCharsets.UTF_8));
        StripeEventHandler handler = handlers.stream()
                .filter(candidate -> candidate.handles(type))
                .findFirst()
                .orElseThrow();
        return new Transactions(database).inTransaction(transaction -> handler.handle(transaction, event));
    }

    private static String account(String id, boolean payoutsEnabled) {
        return "{\"id\":\"" + id + "\",\"object\":\"account\",\"payouts_enabled\":" + payoutsEnabled
                + ",\"charges_enabled\":" + payoutsEnabled + ",\"details_submitted\":true}";
    }

    private static String transfer(String id, String transferGroup, boolean reversed) {
        return "{\"id\":\"" + id + "\",\"object\":\"transfer\",\"amount\":19565,\"amount_reversed\":"
                + (reversed ? 19565 : 1000) + ",\"reversed\":" + reversed + ",\"transfer_group\":\"" + transferGroup
                + "\"}";
    }
}
