package com.sneakers.marketplace.orders.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.orders.Actor;
import com.sneakers.marketplace.orders.Change;
import com.sneakers.marketplace.orders.MatchCreated;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderCreation;
import com.sneakers.marketplace.orders.OrderService;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.OrderSteps;
import com.sneakers.marketplace.orders.OrderStore;
import com.sneakers.marketplace.orders.OrderUpdate;
import com.sneakers.marketplace.orders.Orders;
import com.sneakers.marketplace.orders.Viewer;
import com.sneakers.marketplace.platform.json.Json;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingPublisher;
import com.sneakers.marketplace.testing.TestContexts;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestRows;
import com.sneakers.marketplace.trading.Match;
import com.sneakers.marketplace.trading.PlaceOffer;
import com.sneakers.marketplace.trading.PlaceResult;
import com.sneakers.marketplace.trading.Trading;
import com.sneakers.marketplace.trading.adapter.TradingModule;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A fresh database with a product to trade, users made on demand, real matches from the trading
 * domain, orders over them, and a clock tests move.
 */
final class OrdersFixture {
    static final Instant START = Instant.parse("2026-11-25T12:00:00Z");

    final DataSource database = TestDatabase.migrated();
    final TestRows rows = new TestRows(database);
    final MutableClock clock = new MutableClock(START);
    final RecordingPublisher bus = new RecordingPublisher();
    final Outbox outbox = bus.outbox(database, clock);
    final Trading trading = TradingModule.create(database, outbox, clock);
    final OrderService service = TestContexts.orders(database, outbox, clock);
    final Orders orders = service;
    final OrderSteps steps = service;
    final OrderStore store = OrdersModule.store(database, new Outbox());
    final long productId = rows.product("DZ5485-612");
    final long sizeId = rows.size(productId, "10.5");

    long user(String name) {
        return rows.user(name);
    }

    static Viewer as(long userId) {
        return new Viewer(userId, false);
    }

    static Viewer asAdmin(long userId) {
        return new Viewer(userId, true);
    }

    /** The seller asks, the buyer bids the same price: the match's event facts. */
    MatchCreated match(long seller, long buyer, String price) {
        place(trading.placeAsk(seller, new PlaceOffer(productId, sizeId, new BigDecimal(price), 1, 30)));
        PlaceResult.Placed bid =
                place(trading.placeBid(buyer, new PlaceOffer(productId, sizeId, new BigDecimal(price), 1, 30)));
        assertThat(bid.matches()).hasSize(1);
        return facts(bid.matches().get(0));
    }

    static MatchCreated facts(Match match) {
        return new MatchCreated(
                match.id(),
                match.buyerId(),
                match.sellerId(),
                match.productId(),
                match.sizeId(),
                match.price(),
                match.currency(),
                match.quantity(),
                match.createdAt());
    }

    Order order(long seller, long buyer, String price) {
        OrderCreation creation = orders.createFromMatch(match(seller, buyer, price));
        assertThat(creation.created()).isTrue();
        return creation.order();
    }

    /** An order the buyer has paid for, as the payment webhook leaves it: processing. */
    Order paidOrder(long seller, long buyer, String price) {
        Order order = order(seller, buyer, price);
        Order paid = system(order, OrderStatus.PAID);
        return system(paid, OrderStatus.PROCESSING);
    }

    Order system(Order order, OrderStatus to) {
        return store.transition(order, Change.to(to, Actor.SYSTEM, "test", clock.instant()))
                .map(OrderUpdate.Updated::order)
                .orElseThrow();
    }

    /** The order events published after their commits, oldest first. */
    List<OutboxEvent> publishedOrderEvents() {
        return bus.publishedFrom("marketplace.orders");
    }

    static Order updated(OrderUpdate update) {
        assertThat(update).isInstanceOf(OrderUpdate.Updated.class);
        return ((OrderUpdate.Updated) update).order();
    }

    /** The outbox's order events, oldest first: detail type and detail. */
    List<Event> orderEvents() {
        List<Event> events = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT detail_type, detail::text FROM outbox"
                        + " WHERE source = 'marketplace.orders' ORDER BY id");
                ResultSet results = select.executeQuery()) {
            while (results.next()) {
                events.add(new Event(results.getString(1), Json.mapper().readTree(results.getString(2))));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return events;
    }

    record Event(String detailType, JsonNode detail) {}

    private static PlaceResult.Placed place(PlaceResult result) {
        assertThat(result).isInstanceOf(PlaceResult.Placed.class);
        return (PlaceResult.Placed) result;
    }

    long number(String sql, Object... parameters) {
        return rows.number(sql, parameters);
    }

    void execute(String sql, Object... parameters) {
        rows.execute(sql, parameters);
    }
}
