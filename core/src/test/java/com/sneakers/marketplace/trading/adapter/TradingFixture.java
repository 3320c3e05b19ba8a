package com.sneakers.marketplace.trading.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.trading.PlaceOrder;
import com.sneakers.marketplace.trading.PlaceResult;
import com.sneakers.marketplace.trading.Trading;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/** A fresh database with one product and size to trade, users made on demand, and a clock tests move. */
final class TradingFixture {
    static final Instant START = Instant.parse("2026-11-25T12:00:00Z");

    final DataSource database = TestDatabase.migrated();
    final MutableClock clock = new MutableClock(START);
    final Trading trading = TradingModule.create(database, clock);
    final long productId = product("DZ5485-612");
    final long sizeId = size(productId, "10.5");

    long user(String name) {
        return number(
                "INSERT INTO users (email, password_hash, first_name, last_name) VALUES (?, 'x', ?, 'Trader')"
                        + " RETURNING id",
                name + "@sneakers.example",
                name);
    }

    long product(String sku) {
        return number("INSERT INTO products (sku, name, brand) VALUES (?, ?, 'Jordan') RETURNING id", sku, sku);
    }

    long size(long product, String value) {
        return number(
                "INSERT INTO sizes (product_id, size_value, position) VALUES (?, ?, 0) RETURNING id", product, value);
    }

    /** An order on the fixture's book. */
    PlaceOrder order(String price, int quantity) {
        return new PlaceOrder(productId, sizeId, new BigDecimal(price), quantity, 30);
    }

    PlaceResult.Placed bid(long user, String price, int quantity) {
        return placed(trading.placeBid(user, order(price, quantity)));
    }

    PlaceResult.Placed ask(long user, String price, int quantity) {
        return placed(trading.placeAsk(user, order(price, quantity)));
    }

    static PlaceResult.Placed placed(PlaceResult result) {
        assertThat(result).isInstanceOf(PlaceResult.Placed.class);
        return (PlaceResult.Placed) result;
    }

    /** The single number a query or an {@code INSERT ... RETURNING} answers. */
    long number(String sql, Object... parameters) {
        try (Connection connection = database.getConnection();
                PreparedStatement select = prepared(connection, sql, parameters);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql, Object... parameters) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = prepared(connection, sql, parameters)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
