package com.sneakers.marketplace.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Short units of JDBC work on a pooled connection: plain reads, or statements that commit together. */
public final class Transactions {
    private final DataSource dataSource;

    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Reads that need no isolation from each other; a SQL failure becomes an unchecked one naming the action. */
    public <T> T read(String action, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failed(action, e);
        }
    }

    /** Several statements that commit together or not at all; a SQL failure becomes an unchecked one. */
    public <T> T inTransaction(String action, Work<T> work) {
        try {
            return inTransaction(work);
        } catch (SQLException e) {
            throw failed(action, e);
        }
    }

    /** The same, for callers that tell SQL failures apart (a unique violation is a business answer). */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    public static IllegalStateException failed(String action, SQLException cause) {
        return new IllegalStateException("Could not " + action + ": " + cause.getMessage(), cause);
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
