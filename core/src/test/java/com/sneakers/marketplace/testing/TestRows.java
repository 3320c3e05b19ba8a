package com.sneakers.marketplace.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Rows a test needs in place (users, products, sizes) and single-number queries over them. */
public final class TestRows {
    private final DataSource database;

    public TestRows(DataSource database) {
        this.database = database;
    }

    public long user(String name) {
        return number(
                "INSERT INTO users (email, password_hash, first_name, last_name) VALUES (?, 'x', ?, 'Trader')"
                        + " RETURNING id",
                name + "@sneakers.example",
                name);
    }

    public long product(String sku) {
        return number("INSERT INTO products (sku, name, brand) VALUES (?, ?, 'Jordan') RETURNING id", sku, sku);
    }

    public long size(long product, String value) {
        return number(
                "INSERT INTO sizes (product_id, size_value, position) VALUES (?, ?, 0) RETURNING id", product, value);
    }

    /** The single number a query or an {@code INSERT ... RETURNING} answers. */
    public long number(String sql, Object... parameters) {
        try (Connection connection = database.getConnection();
                PreparedStatement select = prepared(connection, sql, parameters);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single text a query answers. */
    public String text(String sql, Object... parameters) {
        try (Connection connection = database.getConnection();
                PreparedStatement select = prepared(connection, sql, parameters);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String sql, Object... parameters) {
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
