package com.sneakers.marketplace.payments.payouts.adapter;

import com.sneakers.marketplace.payments.ConnectedAccount;
import com.sneakers.marketplace.payments.payouts.SellerAccount;
import com.sneakers.marketplace.payments.payouts.SellerAccounts;
import com.sneakers.marketplace.platform.db.SqlTime;
import com.sneakers.marketplace.platform.db.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code seller_accounts} table: one Stripe Connect account per seller. */
final class JdbcSellerAccounts implements SellerAccounts {
    private static final String SELECT = "SELECT user_id, stripe_account_id, payouts_enabled, charges_enabled,"
            + " details_submitted FROM seller_accounts";

    private final Transactions transactions;

    JdbcSellerAccounts(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public Optional<SellerAccount> find(long userId) {
        return transactions.read(
                "find on seller_accounts", connection -> one(connection, SELECT + " WHERE user_id = ?", userId));
    }

    @Override
    public Optional<SellerAccount> lockByStripeAccount(String stripeAccountId) {
        return transactions.inTransaction(
                "lockByStripeAccount on seller_accounts",
                transaction -> one(transaction, SELECT + " WHERE stripe_account_id = ? FOR UPDATE", stripeAccountId));
    }

    @Override
    public SellerAccount insertIfAbsent(long userId, ConnectedAccount account, Instant now) {
        return transactions.inTransaction("insertIfAbsent on seller_accounts", transaction -> {
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
            return one(transaction, SELECT + " WHERE user_id = ?", userId)
                    .orElseThrow(() -> new IllegalStateException("The account of seller " + userId + " vanished"));
        });
    }

    @Override
    public void updateFlags(ConnectedAccount account, Instant now) {
        transactions.inTransaction("updateFlags on seller_accounts", transaction -> {
            try (PreparedStatement update = transaction.prepareStatement(
                    "UPDATE seller_accounts SET payouts_enabled = ?,"
                            + " charges_enabled = ?, details_submitted = ?, updated_at = ? WHERE stripe_account_id = ?")) {
                update.setBoolean(1, account.payoutsEnabled());
                update.setBoolean(2, account.chargesEnabled());
                update.setBoolean(3, account.detailsSubmitted());
                update.setObject(4, SqlTime.utc(now));
                update.setString(5, account.id());
                update.executeUpdate();
            }
            return null;
        });
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
