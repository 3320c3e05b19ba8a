package com.sneakers.marketplace.trading.adapter;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Short units of JDBC work on a pooled connection, with SQL failures turned into unchecked ones. */
final class Transactions {
    private final DataSource dataSource;

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Reads that need no isolation from each other. */
    <T> T read(String action, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failed(action, e);
        }
    }

    /** Several statements that commit together or not at all. */
    <T> T inTransaction(String action, Work<T> work) {
        return read(action, connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        });
    }

    private static IllegalStateException failed(String action, SQLException cause) {
        return new IllegalStateException("Could not " + action + ": " + cause.getMessage(), cause);
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
