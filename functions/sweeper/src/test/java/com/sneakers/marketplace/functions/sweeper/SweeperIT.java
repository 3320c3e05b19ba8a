package com.sneakers.marketplace.functions.sweeper;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.functions.wiring.Marketplace;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderCreation;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.Orders;
import com.sneakers.marketplace.orders.Viewer;
import com.sneakers.marketplace.orders.adapter.OrdersModule;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingGateway;
import com.sneakers.marketplace.testing.RecordingPublisher;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestOrders;
import com.sneakers.marketplace.testing.TestRows;
import com.sneakers.marketplace.trading.Match;
import com.sneakers.marketplace.trading.PlaceOffer;
import com.sneakers.marketplace.trading.PlaceResult;
import com.sneakers.marketplace.trading.Trading;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The sweeper function as the schedule calls it: each timed rule fires when the clock says so. */
class SweeperIT {
    private final DataSource database = TestDatabase.migrated();
    private final TestRows rows = new TestRows(database);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final RecordingPublisher bus = new RecordingPublisher();
    private final RecordingGateway stripe = new RecordingGateway();
    private final Marketplace marketplace =
            new Marketplace(new Settings(Map.of()), database, bus.outbox(database, clock), stripe, clock);
    private final Trading trading = marketplace.trading();
    private final Orders orders = marketplace.orders();
    private final List<Integer> violations = new CopyOnWriteArrayList<>();
    private final Sweeper sweeper = new Sweeper(
            bus.relay(database, clock),
            trading,
            orders,
            marketplace.payouts().payouts(),
            marketplace.payments().reconciliation(Duration.ofMinutes(10)),
            marketplace::reconciliation,
            violations::add,
            clock,
            () -> {});
    private final long seller = rows.user("seller");
    private final long buyer = rows.user("buyer");
    private final long product = rows.product("DZ5485-612");
    private final long size = rows.size(product, "10");

    @Test
    void eachTimedRuleFiresOnceItsDeadlinePassesAndItsEventsArePublished() {
        long unpaid = order("200.00");
        long unshipped = paid(order("210.00"));
        long delivered = delivered(paid(order("220.00")));
        long bid = placedBid("50.00", 1);
        clock.advance(Duration.ofHours(1));
        assertThat(sweep())
                .containsEntry("orders_completed", 0)
                .containsEntry("unpaid_orders_cancelled", 0)
                .containsEntry("bids_and_asks_expired", 0);

        clock.advance(Duration.ofDays(7));
        Map<String, Object> summary = sweep();

        assertThat(summary)
                .containsEntry("orders_completed", 1)
                .containsEntry("unpaid_orders_cancelled", 1)
                .containsEntry("unshipped_orders_cancelled", 1)
                .containsEntry("bids_and_asks_expired", 1);
        assertThat(status(unpaid)).isEqualTo("cancelled");
        assertThat(status(unshipped)).isEqualTo("cancelled");
        assertThat(status(delivered)).isEqualTo("completed");
        assertThat(bus.published()).extracting(OutboxEvent::detailType).contains("order.completed", "order.cancelled");
        assertThat(rows.number("SELECT count(*) FROM bids WHERE id = ? AND status = 'expired'", bid))
                .isEqualTo(1);
    }

    @Test
    void theHourlyReconciliationCountsViolationsIntoItsMetricAndMovesNothing() {
        long order = order("200.00");
        Map<String, Object> clean = sweeper.apply(Map.of(Sweeper.RECONCILE_KEY, Sweeper.RECONCILE));
        rows.execute("UPDATE orders SET status = 'shipped' WHERE id = ?", order);

        Map<String, Object> broken = sweeper.apply(Map.of(Sweeper.RECONCILE_KEY, Sweeper.RECONCILE));

        assertThat(clean).containsEntry("money_invariant_violations", 0);
        assertThat(broken).containsEntry("money_invariant_violations", 1);
        assertThat(violations).containsExactly(0, 1);
        assertThat(rows.text("SELECT status FROM orders WHERE id = ?", order)).isEqualTo("shipped");
    }

    @Test
    void aSecondSweepAtTheSameTimeFindsNothingLeftToDo() {
        order("200.00");
        clock.advance(Duration.ofDays(2));
        sweep();

        Map<String, Object> again = sweep();

        assertThat(again)
                .containsEntry("orders_completed", 0)
                .containsEntry("unpaid_orders_cancelled", 0)
                .containsEntry("outbox_published", 0);
    }

    @Test
    void aPayoutWaitingForItsSellerIsPaidByALaterSweepOnceTheSellerCanReceivePayouts() {
        TestOrders completed = new TestOrders(database, clock);
        Order order = completed.completed("250.00");
        completed.charged(order, "ch_sweep");
        marketplace.payouts().payouts().recordCompletedOrder(new OrderId(order.id()));
        completed.sellerAccount(order.sellerId(), "acct_sweep", true);
        assertThat(sweep()).containsEntry("payouts_paid", 0);

        clock.advance(Duration.ofMinutes(6));
        Map<String, Object> summary = sweep();

        assertThat(summary).containsEntry("payouts_paid", 1).containsEntry("payouts_stuck", 0);
        assertThat(rows.text("SELECT status FROM payouts WHERE order_id = ?", order.id()))
                .isEqualTo("paid");
        assertThat(stripe.transfers()).singleElement().satisfies(transfer -> assertThat(transfer.amountCents())
                .isEqualTo(order.amounts().sellerPayout().movePointRight(2).longValueExact()));
        assertThat(bus.published()).extracting(OutboxEvent::detailType).contains("payout.paid");
    }

    private Map<String, Object> sweep() {
        return new HashMap<>(sweeper.apply(Map.of("detail-type", "Scheduled Event")));
    }

    private long order(String price) {
        PlaceOffer offer = new PlaceOffer(product, size, new BigDecimal(price), 1, 30);
        trading.placeAsk(seller, offer);
        Match match =
                ((PlaceResult.Placed) trading.placeBid(buyer, offer)).matches().get(0);
        OrderCreation creation = orders.createFromMatch(new com.sneakers.marketplace.orders.MatchCreated(
                match.id(), buyer, seller, product, size, match.price(), match.currency(), 1, match.createdAt()));
        return creation.order().id();
    }

    /** Paid as the payment webhook leaves an order: the system moves it to paid, then processing. */
    private long paid(long orderId) {
        var store = OrdersModule.store(database, new Outbox());
        for (var status : List.of(
                com.sneakers.marketplace.orders.OrderStatus.PAID,
                com.sneakers.marketplace.orders.OrderStatus.PROCESSING)) {
            var order = store.find(orderId).orElseThrow();
            store.transition(
                            order,
                            com.sneakers.marketplace.orders.Change.to(
                                    status, com.sneakers.marketplace.orders.Actor.SYSTEM, "paid", clock.instant()))
                    .orElseThrow();
        }
        return orderId;
    }

    private long delivered(long orderId) {
        orders.ship(new Viewer(seller, false), orderId, "UPS", "1Z999AA10123456784");
        orders.confirmDelivery(new Viewer(buyer, false), orderId);
        return orderId;
    }

    private long placedBid(String price, int expiresInDays) {
        PlaceResult result =
                trading.placeBid(buyer, new PlaceOffer(product, size, new BigDecimal(price), 1, expiresInDays));
        return ((PlaceResult.Placed) result).offer().id();
    }

    private String status(long orderId) {
        return orders.find(new Viewer(buyer, false), orderId)
                .orElseThrow()
                .status()
                .wire();
    }
}
