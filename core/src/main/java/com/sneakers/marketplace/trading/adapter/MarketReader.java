package com.sneakers.marketplace.trading.adapter;

import static com.sneakers.marketplace.platform.db.SqlTime.instant;
import static com.sneakers.marketplace.platform.db.SqlTime.utc;
import static com.sneakers.marketplace.trading.adapter.Sql.LIVE;
import static com.sneakers.marketplace.trading.adapter.Sql.table;

import com.sneakers.marketplace.trading.BestPrices;
import com.sneakers.marketplace.trading.MarketData;
import com.sneakers.marketplace.trading.PriceLevel;
import com.sneakers.marketplace.trading.Side;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The public view of the books: best prices, depth and sales. Only live, unexpired offers count. */
final class MarketReader {
    static final int DEPTH_LEVELS = 10;

    Optional<MarketData> market(Connection connection, long productId, long sizeId, Instant now) throws SQLException {
        if (!isSizeOf(connection, productId, sizeId)) {
            return Optional.empty();
        }
        List<PriceLevel> bids = depth(connection, Side.BID, sizeId, now);
        List<PriceLevel> asks = depth(connection, Side.ASK, sizeId, now);
        BigDecimal highestBid = bids.isEmpty() ? null : bids.get(0).price();
        BigDecimal lowestAsk = asks.isEmpty() ? null : asks.get(0).price();
        BigDecimal spread = highestBid == null || lowestAsk == null ? null : lowestAsk.subtract(highestBid);
        try (PreparedStatement sales = connection.prepareStatement("SELECT COUNT(*) OVER () AS sales, price, created_at"
                + " FROM matches WHERE size_id = ? ORDER BY created_at DESC, id DESC LIMIT 1")) {
            sales.setLong(1, sizeId);
            try (ResultSet last = sales.executeQuery()) {
                boolean sold = last.next();
                return Optional.of(new MarketData(
                        productId,
                        sizeId,
                        highestBid,
                        lowestAsk,
                        spread,
                        sold ? last.getBigDecimal("price") : null,
                        sold ? instant(last, "created_at") : null,
                        sold ? last.getLong("sales") : 0,
                        bids,
                        asks));
            }
        }
    }

    /** Every size of the product in the catalogue's order; a side without live offers has a null price. */
    Map<Long, BestPrices> bestPricesBySize(Connection connection, long productId, Instant now) throws SQLException {
        Map<Long, BestPrices> prices = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT s.id,"
                + " (SELECT MIN(price) FROM asks WHERE size_id = s.id AND " + LIVE + " AND expires_at > ?) AS ask,"
                + " (SELECT MAX(price) FROM bids WHERE size_id = s.id AND " + LIVE + " AND expires_at > ?) AS bid"
                + " FROM sizes s WHERE s.product_id = ?"
                + " ORDER BY s.position, CASE WHEN s.size_value ~ '^[0-9]+(\\.[0-9]+)?$' THEN s.size_value::numeric END"
                + " NULLS LAST, s.size_value, s.id")) {
            select.setObject(1, utc(now));
            select.setObject(2, utc(now));
            select.setLong(3, productId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    prices.put(
                            rows.getLong("id"), new BestPrices(rows.getBigDecimal("ask"), rows.getBigDecimal("bid")));
                }
            }
        }
        return prices;
    }

    private static boolean isSizeOf(Connection connection, long productId, long sizeId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT 1 FROM sizes WHERE id = ? AND product_id = ?")) {
            select.setLong(1, sizeId);
            select.setLong(2, productId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** The best price levels of one side, best first. */
    private static List<PriceLevel> depth(Connection connection, Side side, long sizeId, Instant now)
            throws SQLException {
        List<PriceLevel> levels = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT price, SUM(remaining_quantity) AS quantity, COUNT(*) AS offers FROM " + table(side)
                        + " WHERE size_id = ? AND " + LIVE + " AND expires_at > ? GROUP BY price ORDER BY price "
                        + (side == Side.BID ? "DESC" : "ASC") + " LIMIT " + DEPTH_LEVELS)) {
            select.setLong(1, sizeId);
            select.setObject(2, utc(now));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    levels.add(new PriceLevel(
                            rows.getBigDecimal("price"), rows.getInt("quantity"), rows.getInt("offers")));
                }
            }
        }
        return levels;
    }
}
