package com.sneakers.marketplace.payments.payouts.adapter;

import com.sneakers.marketplace.payments.ConnectedAccount;
import com.sneakers.marketplace.payments.payouts.SellerAccount;
import com.sneakers.marketplace.platform.db.SqlTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The {@code seller_accounts} table: one Stripe Connect account per seller. */
final class JdbcSellerAccountStore {
    private static final String SELECT = "SELECT user_id, stripe_account_id, payouts_enabled, charges_enabled,"
            + " details_submitted FROM seller_accounts";

    Optional<SellerAccount> find(Connection connection, long userId) throws SQLException {
        return one(connection, SELECT + " WHERE user_id = ?", userId);
    }

    Optional<SellerAccount> lockByStripeAccount(Connection transaction, String stripeAccountId) throws SQLException {
        return one(transaction, SELECT + " WHERE stripe_account_id = ? FOR UPDATE", stripeAccountId);
    }

    /** Records the seller's account unless one is recorded already; answers the recorded one. */
    SellerAccount insertIfAbsent(Connection transaction, long userId, ConnectedAccount account, Instant now)
            throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO seller_accounts (user_id,"
                + " stripe_account_id, payouts_enabled, charges_enabled, details_submitted, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO NOTHING")) {
            insert.setLong(1, userId);
            insert.setString(2, account.id());
            insert.setBoolean(3, account.payoutsEnabled());
            insert.setBoolean(4, account.chargesEnabled());
            insert.setBoolean(5, account.detailsSubmitted());
            insert.setObject(6, SqlTime.utc(now));
            insert.setObject(7, SqlTime.utc(now));
            insert.executeUpdate();
        }
        return find(transaction, userId)
                .orElseThrow(() -> new IllegalStateException("The account of seller " + userId + " vanished"));
    }

    void updateFlags(Connection transaction, ConnectedAccount account, Instant now) throws SQLException {
        try (PreparedStatement update = transaction.prepareStatement("UPDATE seller_accounts SET payouts_enabled = ?,"
                + " charges_enabled = ?, details_submitted = ?, updated_at = ? WHERE stripe_account_id = ?")) {
            update.setBoolean(1, account.payoutsEnabled());
            update.setBoolean(2, account.chargesEnabled());
            update.setBoolean(3, account.detailsSubmitted());
            update.setObject(4, SqlTime.utc(now));
            update.setString(5, account.id());
            update.executeUpdate();
        }
    }

    Optional<String> emailOf(Connection connection, long userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT email FROM users WHERE id = ?")) {
            select.setLong(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static Optional<SellerAccount> one(Connection connection, String sql, Object key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SellerAccount(
                        row.getLong(1), row.getString(2), row.getBoolean(3), row.getBoolean(4), row.getBoolean(5)));
            }
        }
    }
}
