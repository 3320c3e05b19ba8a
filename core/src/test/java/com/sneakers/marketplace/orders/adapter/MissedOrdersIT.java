package com.sneakers.marketplace.orders.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.orders.MatchCreated;
import com.sneakers.marketplace.orders.MissedOrders;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import com.sneakers.marketplace.platform.redrive.Redrive;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A match whose {@code match.created} never reached create-order gets its order from the sweeper's re-drive. */
class MissedOrdersIT {
    private final DataSource database = TestDatabase.migrated();
    private final TestRows rows = new TestRows(database);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final RecordingPublisher bus = new RecordingPublisher();
    private final Outbox outbox = bus.outbox(database, clock);
    private final Trading trading = TradingModule.create(database, outbox, clock);
    private final MissedOrders missed = OrdersModule.missedOrders(
            new Settings(Map.of()),
            database,
            TestContexts.orders(database, outbox, clock),
            TradingModule.matchHistory(database),
            clock);

    @Test
    void aMatchWhoseEventWasNeverDeliveredGetsItsOrderAfterTheGracePeriodAndNotBefore() {
        Match match = trade("215.00");
        clock.advance(Duration.ofMinutes(14));
        assertThat(missed.createMissing(10).redriven())
                .as("within the grace period")
                .isZero();
        assertThat(ordersOf(match)).isZero();

        clock.advance(Duration.ofMinutes(2));
        Redrive.Result result = missed.createMissing(10);

        assertThat(result).isEqualTo(new Redrive.Result(1, 0));
        assertThat(ordersOf(match)).isEqualTo(1);
        assertThat(rows.text("SELECT price::text FROM orders WHERE match_id = ?", match.id()))
                .isEqualTo("215.00");
        assertThat(bus.published()).extracting(OutboxEvent::detailType).contains("order.created");
        assertThat(missed.createMissing(10).redriven()).as("done once").isZero();
    }

    @Test
    void aMatchThatHasItsOrderOrIsOlderThanTheLookbackIsLeftAlone() {
        Match ancient = trade("300.00");
        clock.advance(Duration.ofDays(4));
        Match ordered = trade("215.00");
        TestContexts.orders(database, outbox, clock)
                .createFromMatch(new MatchCreated(
                        ordered.id(),
                        ordered.buyerId(),
                        ordered.sellerId(),
                        ordered.productId(),
                        ordered.sizeId(),
                        ordered.price(),
                        ordered.currency(),
                        ordered.quantity(),
                        ordered.createdAt()));
        clock.advance(Duration.ofHours(1));

        assertThat(missed.createMissing(10).redriven()).isZero();
        assertThat(ordersOf(ancient)).isZero();
        assertThat(ordersOf(ordered)).isEqualTo(1);
    }

    @Test
    void aSweepMakesAtMostItsBatchAndTheNextMakesTheRest() {
        trade("215.00");
        trade("216.00");
        trade("217.00");
        clock.advance(Duration.ofMinutes(20));

        assertThat(missed.createMissing(2).redriven()).isEqualTo(2);
        assertThat(missed.createMissing(2).redriven()).isEqualTo(1);
        assertThat(missed.createMissing(2).redriven()).isZero();
    }

    private Match trade(String price) {
        long seller = rows.user("seller-" + System.nanoTime());
        long buyer = rows.user("buyer-" + System.nanoTime());
        long product = rows.product("SKU-" + System.nanoTime());
        PlaceOffer offer = new PlaceOffer(product, rows.size(product, "10"), new BigDecimal(price), 1, 30);
        trading.placeAsk(seller, offer);
        return ((PlaceResult.Placed) trading.placeBid(buyer, offer)).matches().get(0);
    }

    private long ordersOf(Match match) {
        return rows.number("SELECT count(*) FROM orders WHERE match_id = ?", match.id());
    }
}
