package com.sneakers.marketplace.trading.adapter;

import com.sneakers.marketplace.trading.Side;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The pieces of SQL and the conversions every trading statement shares. */
final class Sql {
    /** The statuses of orders still on the book; the book indexes are partial on exactly these. */
    static final String LIVE = "status IN ('active', 'partially_filled')";

    private Sql() {}

    static String table(Side side) {
        return side == Side.BID ? "bids" : "asks";
    }

    /** A {@code TIMESTAMP} column value: the schema keeps UTC without a zone. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
