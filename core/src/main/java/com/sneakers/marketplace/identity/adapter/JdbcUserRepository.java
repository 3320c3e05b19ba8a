package com.sneakers.marketplace.identity.adapter;

import com.sneakers.marketplace.identity.NewUser;
import com.sneakers.marketplace.identity.PersonalDetails;
import com.sneakers.marketplace.identity.Role;
import com.sneakers.marketplace.identity.User;
import com.sneakers.marketplace.identity.UserCredentials;
import com.sneakers.marketplace.identity.UserRepository;
import com.sneakers.marketplace.platform.db.SqlTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Accounts in the {@code users} table. */
public final class JdbcUserRepository implements UserRepository {
    private static final String COLUMNS = "id, email, first_name, last_name, phone, role, created_at, updated_at";

    private final Jdbc jdbc;

    public JdbcUserRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<User> insert(NewUser user) {
        return jdbc.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO users"
                    + " (email, password_hash, first_name, last_name, phone, role, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING RETURNING " + COLUMNS)) {
                insert.setString(1, user.email());
                insert.setString(2, user.passwordHash());
                insert.setString(3, user.details().firstName());
                insert.setString(4, user.details().lastName());
                insert.setString(5, user.details().phone());
                insert.setString(6, user.role().code());
                insert.setObject(7, SqlTime.utc(user.createdAt()));
                insert.setObject(8, SqlTime.utc(user.createdAt()));
                return single(insert);
            }
        });
    }

    @Override
    public Optional<UserCredentials> findCredentialsByEmail(String normalisedEmail) {
        return jdbc.withConnection(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT " + COLUMNS + ", password_hash FROM users WHERE email = ?")) {
                select.setString(1, normalisedEmail);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new UserCredentials(user(row), row.getString("password_hash")))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<User> findById(long userId) {
        return jdbc.withConnection(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE id = ?")) {
                select.setLong(1, userId);
                return single(select);
            }
        });
    }

    @Override
    public Optional<User> updateDetails(long userId, PersonalDetails details, Instant at) {
        return jdbc.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE users SET first_name = ?, last_name = ?, phone = ?, updated_at = ? WHERE id = ?"
                            + " RETURNING " + COLUMNS)) {
                update.setString(1, details.firstName());
                update.setString(2, details.lastName());
                update.setString(3, details.phone());
                update.setObject(4, SqlTime.utc(at));
                update.setLong(5, userId);
                return single(update);
            }
        });
    }

    @Override
    public Optional<User> changeRole(long userId, Role role, Instant at) {
        return jdbc.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE users SET role = ?, updated_at = ? WHERE id = ? RETURNING " + COLUMNS)) {
                update.setString(1, role.code());
                update.setObject(2, SqlTime.utc(at));
                update.setLong(3, userId);
                return single(update);
            }
        });
    }

    private static Optional<User> single(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            return row.next() ? Optional.of(user(row)) : Optional.empty();
        }
    }

    private static User user(ResultSet row) throws SQLException {
        String role = row.getString("role");
        return new User(
                row.getLong("id"),
                row.getString("email"),
                row.getString("first_name"),
                row.getString("last_name"),
                row.getString("phone"),
                Role.fromCode(role).orElseThrow(() -> new IllegalStateException("Unknown role " + role)),
                SqlTime.instant(row, "created_at"),
                SqlTime.instant(row, "updated_at"));
    }
}
