package com.sneakers.marketplace.identity.adapter;

import com.sneakers.marketplace.identity.Address;
import com.sneakers.marketplace.identity.AddressFields;
import com.sneakers.marketplace.identity.AddressRepository;
import com.sneakers.marketplace.identity.AddressType;
import com.sneakers.marketplace.platform.db.SqlTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Addresses in the {@code addresses} table. Writes first lock the owner's {@code users} row for the
 * transaction, so one user's concurrent default switches take turns instead of colliding on the
 * one-default-per-type index.
 */
public final class JdbcAddressRepository implements AddressRepository {
    private static final String COLUMNS = "id, type, is_default, full_name, line1, line2, city, state, postal_code,"
            + " country, phone, created_at, updated_at";
    private static final String FIELDS = "type = ?, is_default = ?, full_name = ?, line1 = ?, line2 = ?, city = ?,"
            + " state = ?, postal_code = ?, country = ?, phone = ?, updated_at = ?";

    private final Jdbc jdbc;

    public JdbcAddressRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public List<Address> findByUser(long userId) {
        return jdbc.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM addresses WHERE user_id = ? AND deleted_at IS NULL ORDER BY id")) {
                select.setLong(1, userId);
                try (ResultSet rows = select.executeQuery()) {
                    List<Address> addresses = new ArrayList<>();
                    while (rows.next()) {
                        addresses.add(address(rows));
                    }
                    return addresses;
                }
            }
        });
    }

    @Override
    public Address insert(long userId, AddressFields fields, Instant at) {
        return jdbc.inTransaction(connection -> {
            lockOwner(connection, userId);
            if (fields.isDefault()) {
                clearDefault(connection, userId, fields.type(), at);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO addresses"
                    + " (type, is_default, full_name, line1, line2, city, state, postal_code, country, phone,"
                    + " updated_at, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " RETURNING " + COLUMNS)) {
                int next = bindFields(insert, fields, at);
                insert.setLong(next, userId);
                insert.setObject(next + 1, SqlTime.utc(at));
                return single(insert).orElseThrow();
            }
        });
    }

    @Override
    public Optional<Address> update(long userId, long addressId, AddressFields fields, Instant at) {
        return jdbc.inTransaction(connection -> {
            lockOwner(connection, userId);
            if (!owns(connection, userId, addressId)) {
                return Optional.empty();
            }
            if (fields.isDefault()) {
                clearDefault(connection, userId, fields.type(), at);
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE addresses SET " + FIELDS
                    + " WHERE id = ? AND user_id = ? AND deleted_at IS NULL RETURNING " + COLUMNS)) {
                int next = bindFields(update, fields, at);
                update.setLong(next, addressId);
                update.setLong(next + 1, userId);
                return single(update);
            }
        });
    }

    @Override
    public boolean delete(long userId, long addressId, Instant at) {
        return jdbc.withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("UPDATE addresses SET deleted_at = ?,"
                    + " is_default = FALSE, updated_at = ? WHERE id = ? AND user_id = ? AND deleted_at IS NULL")) {
                delete.setObject(1, SqlTime.utc(at));
                delete.setObject(2, SqlTime.utc(at));
                delete.setLong(3, addressId);
                delete.setLong(4, userId);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static void lockOwner(Connection transaction, long userId) throws SQLException {
        try (PreparedStatement lock =
                transaction.prepareStatement("SELECT id FROM users WHERE id = ? FOR NO KEY UPDATE")) {
            lock.setLong(1, userId);
            lock.executeQuery().close();
        }
    }

    private static boolean owns(Connection transaction, long userId, long addressId) throws SQLException {
        try (PreparedStatement select = transaction.prepareStatement(
                "SELECT 1 FROM addresses WHERE id = ? AND user_id = ? AND deleted_at IS NULL")) {
            select.setLong(1, addressId);
            select.setLong(2, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void clearDefault(Connection transaction, long userId, AddressType type, Instant at)
            throws SQLException {
        try (PreparedStatement clear = transaction.prepareStatement("UPDATE addresses SET is_default = FALSE,"
                + " updated_at = ? WHERE user_id = ? AND type = ? AND is_default")) {
            clear.setObject(1, SqlTime.utc(at));
            clear.setLong(2, userId);
            clear.setString(3, type.code());
            clear.executeUpdate();
        }
    }

    /** Binds the fields in the order of {@link #FIELDS} and returns the next parameter index. */
    private static int bindFields(PreparedStatement statement, AddressFields fields, Instant at) throws SQLException {
        statement.setString(1, fields.type().code());
        statement.setBoolean(2, fields.isDefault());
        statement.setString(3, fields.fullName());
        statement.setString(4, fields.line1());
        statement.setString(5, fields.line2());
        statement.setString(6, fields.city());
        statement.setString(7, fields.state());
        statement.setString(8, fields.postalCode());
        statement.setString(9, fields.country());
        statement.setString(10, fields.phone());
        statement.setObject(11, SqlTime.utc(at));
        return 12;
    }

    private static Optional<Address> single(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            return row.next() ? Optional.of(address(row)) : Optional.empty();
        }
    }

    private static Address address(ResultSet row) throws SQLException {
        String type = row.getString("type");
        return new Address(
                row.getLong("id"),
                AddressType.fromCode(type).orElseThrow(() -> new IllegalStateException("Unknown address type " + type)),
                row.getBoolean("is_default"),
                row.getString("full_name"),
                row.getString("line1"),
                row.getString("line2"),
                row.getString("city"),
                row.getString("state"),
                row.getString("postal_code"),
                row.getString("country"),
                row.getString("phone"),
                SqlTime.instant(row, "created_at"),
                SqlTime.instant(row, "updated_at"));
    }
}
