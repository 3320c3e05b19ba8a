package com.sneakers.marketplace.identity.adapter;

import com.sneakers.marketplace.platform.db.Transactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/** The identity tables' JDBC work and their UTC timestamp columns. */
final class Jdbc {
    private static final String ACTION = "use the identity tables";
    private final Transactions transactions;

    Jdbc(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /** One statement, or reads that need no isolation from each other. */
    <T> T withConnection(Transactions.Work<T> work) {
        return transactions.read(ACTION, work);
    }

    /** Several statements that commit together or not at all. */
    <T> T inTransaction(Transactions.Work<T> work) {
        return transactions.inTransaction(ACTION, work);
    }

    /** A {@code TIMESTAMP} column value: the schema keeps UTC without a zone. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
