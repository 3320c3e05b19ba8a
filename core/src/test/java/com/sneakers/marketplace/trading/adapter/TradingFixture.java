package com.sneakers.marketplace.trading.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingPublisher;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestRows;
import com.sneakers.marketplace.trading.PlaceOffer;
import com.sneakers.marketplace.trading.PlaceResult;
import com.sneakers.marketplace.trading.Trading;
import java.math.BigDecimal;
import java.time.Instant;
import javax.sql.DataSource;

/** A fresh database with one product and size to trade, users made on demand, and a clock tests move. */
final class TradingFixture {
    static final Instant START = Instant.parse("2026-11-25T12:00:00Z");

    final DataSource database = TestDatabase.migrated();
    final TestRows rows = new TestRows(database);
    final MutableClock clock = new MutableClock(START);
    final RecordingPublisher bus = new RecordingPublisher();
    final Trading trading = TradingModule.create(database, bus.outbox(database, clock), clock);
    final long productId = rows.product("DZ5485-612");
    final long sizeId = rows.size(productId, "10.5");

    long user(String name) {
        return rows.user(name);
    }

    /** An offer on the fixture's book. */
    PlaceOffer offer(String price, int quantity) {
        return new PlaceOffer(productId, sizeId, new BigDecimal(price), quantity, 30);
    }

    PlaceResult.Placed bid(long user, String price, int quantity) {
        return bid(trading, user, price, quantity);
    }

    PlaceResult.Placed bid(Trading through, long user, String price, int quantity) {
        return placed(through.placeBid(user, offer(price, quantity)));
    }

    PlaceResult.Placed ask(long user, String price, int quantity) {
        return placed(trading.placeAsk(user, offer(price, quantity)));
    }

    static PlaceResult.Placed placed(PlaceResult result) {
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
