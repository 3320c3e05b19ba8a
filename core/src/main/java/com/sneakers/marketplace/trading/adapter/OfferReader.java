package com.sneakers.marketplace.trading.adapter;

import static com.sneakers.marketplace.platform.db.SqlTime.instant;
import static com.sneakers.marketplace.platform.db.SqlTime.utc;
import static com.sneakers.marketplace.trading.adapter.Sql.LIVE;
import static com.sneakers.marketplace.trading.adapter.Sql.table;

import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import com.sneakers.marketplace.trading.Offer;
import com.sneakers.marketplace.trading.OfferStatus;
import com.sneakers.marketplace.trading.Side;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One user's bids or asks as they stand at a given time: a live offer past its expiry reads as expired. */
final class OfferReader {

    Optional<Offer> find(Connection connection, Side side, long userId, long id, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(ownOffers(side) + " WHERE id = ?")) {
            select.setLong(bindOwner(select, userId, now), id);
            return offers(side, select).stream().findFirst();
        }
    }

    /** Newest first; {@code status} null for every status. */
    Page<Offer> list(Connection connection, Side side, long userId, OfferStatus status, Paging paging, Instant now)
            throws SQLException {
        String filter = " WHERE (CAST(? AS VARCHAR) IS NULL OR status = ?)";
        List<Offer> items;
        try (PreparedStatement select = connection.prepareStatement(
                ownOffers(side) + filter + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")) {
            int next = bindOwner(select, userId, now);
            next = bindStatus(select, next, status);
            select.setInt(next++, paging.pageSize());
            select.setLong(next, paging.offset());
            items = offers(side, select);
        }
        try (PreparedStatement count =
                connection.prepareStatement("SELECT COUNT(*) FROM (" + ownOffers(side) + filter + ") mine")) {
            bindStatus(count, bindOwner(count, userId, now), status);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return new Page<>(items, paging.page(), paging.pageSize(), row.getLong(1));
            }
        }
    }

    /** The user's offers with the status they show at the bound time; binds the time and then the user. */
    private static String ownOffers(Side side) {
        return "SELECT * FROM (SELECT id, user_id, product_id, size_id, price, currency, quantity, remaining_quantity,"
                + " expires_at, created_at,"
                + " CASE WHEN " + LIVE + " AND expires_at <= ? THEN 'expired' ELSE status END AS status"
                + " FROM " + table(side) + " WHERE user_id = ?) offers";
    }

    private static int bindOwner(PreparedStatement statement, long userId, Instant now) throws SQLException {
        statement.setObject(1, utc(now));
        statement.setLong(2, userId);
        return 3;
    }

    private static int bindStatus(PreparedStatement statement, int index, OfferStatus status) throws SQLException {
        String wire = status == null ? null : status.wire();
        statement.setString(index, wire);
        statement.setString(index + 1, wire);
        return index + 2;
    }

    private static List<Offer> offers(Side side, PreparedStatement select) throws SQLException {
        List<Offer> offers = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                offers.add(new Offer(
                        rows.getLong("id"),
                        side,
                        rows.getLong("user_id"),
                        rows.getLong("product_id"),
                        rows.getLong("size_id"),
                        rows.getBigDecimal("price"),
                        rows.getString("currency"),
                        rows.getInt("quantity"),
                        rows.getInt("remaining_quantity"),
                        OfferStatus.fromWire(rows.getString("status")).orElseThrow(),
                        instant(rows, "expires_at"),
                        instant(rows, "created_at")));
            }
        }
        return offers;
    }
}
