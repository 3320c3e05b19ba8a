package com.sneakers.marketplace.platform.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants in {@code TIMESTAMP} columns: the schema keeps them as UTC without a zone. */
public final class SqlTime {

    private SqlTime() {}

    /** The column value for the instant, to bind with {@code setObject}. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The instant in the row's column, or null where the column is null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
