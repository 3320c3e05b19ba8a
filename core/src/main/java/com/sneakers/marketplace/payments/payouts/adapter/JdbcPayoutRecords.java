package com.sneakers.marketplace.payments.payouts.adapter;

import static com.sneakers.marketplace.platform.db.SqlTime.instant;
import static com.sneakers.marketplace.platform.db.SqlTime.utc;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.payments.payouts.Funding;
import com.sneakers.marketplace.payments.payouts.Payout;
import com.sneakers.marketplace.payments.payouts.PayoutRecords;
import com.sneakers.marketplace.payments.payouts.PayoutStatus;
import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.money.Money;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import java.math.BigDecimal;
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
 * The {@code payouts} table. Status changes are guarded updates ({@code WHERE status = <from>}), so
 * of two concurrent moves from the same status only one happens.
 */
final class JdbcPayoutRecords implements PayoutRecords {
    private static final String SELECT = "SELECT p.payout_id, p.order_id, p.order_number, p.seller_id, p.amount,"
            + " p.currency, p.status, p.stripe_account_id, p.stripe_transfer_id, p.processed_at, p.created_at,"
            + " p.updated_at FROM payouts p";

    private final Transactions transactions;

    JdbcPayoutRecords(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public Payout insertIfAbsent(Order order, String newPayoutId, Instant now) {
        return transactions.inTransaction("insertIfAbsent on payouts", transaction -> {
            try (PreparedStatement insert = transaction.prepareStatement(
                    "INSERT INTO payouts (payout_id, order_id, order_number, seller_id, amount, currency, status,"
                            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)"
                            + " ON CONFLICT (order_id) DO NOTHING")) {
                insert.setString(1, newPayoutId);
                insert.setLong(2, order.id());
                insert.setString(3, order.orderNumber());
                insert.setLong(4, order.sellerId());
                insert.setBigDecimal(5, order.sellerPayout().amount());
                insert.setString(6, order.sellerPayout().currency());
                insert.setObject(7, utc(now));
                insert.setObject(8, utc(now));
                insert.executeUpdate();
            }
            return one(transaction, " WHERE p.order_id = ?", order.id(), false)
                    .orElseThrow(() -> new IllegalStateException("The payout of order " + order.id() + " vanished"));
        });
    }

    @Override
    public Optional<Payout> find(String payoutId) {
        return transactions.read(
                "find on payouts", connection -> one(connection, " WHERE p.payout_id = ?", payoutId, false));
    }

    @Override
    public Optional<Payout> lock(String payoutId) {
        return transactions.inTransaction(
                "lock on payouts", transaction -> one(transaction, " WHERE p.payout_id = ?", payoutId, true));
    }

    @Override
    public Optional<Payout> lockByTransfer(String transferId) {
        return transactions.inTransaction(
                "lockByTransfer on payouts",
                transaction -> one(transaction, " WHERE p.stripe_transfer_id = ?", transferId, true));
    }

    @Override
    public Optional<Payout> findByOrderNumber(String orderNumber) {
        return transactions.read(
                "findByOrderNumber on payouts",
                connection -> one(connection, " WHERE p.order_number = ?", orderNumber, false));
    }

    @Override
    public boolean move(Payout to, PayoutStatus from, Instant now) {
        return transactions.inTransaction("move on payouts", transaction -> {
            if (!from.canMoveTo(to.status())) {
                throw new IllegalArgumentException("A payout cannot move from " + from.wire() + " to "
                        + to.status().wire());
            }
            try (PreparedStatement update = transaction.prepareStatement("UPDATE payouts SET status = ?,"
                    + " stripe_account_id = ?, stripe_transfer_id = ?, processed_at = ?, updated_at = ?, amount = ?"
                    + " WHERE payout_id = ? AND status = ?")) {
                update.setString(1, to.status().wire());
                update.setString(2, to.stripeAccountId());
                update.setString(3, to.stripeTransferId());
                update.setObject(4, to.processedAt() == null ? null : utc(to.processedAt()));
                update.setObject(5, utc(now));
                update.setBigDecimal(6, to.amount().amount());
                update.setString(7, to.payoutId());
                update.setString(8, from.wire());
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void touch(String payoutId, Instant now) {
        transactions.inTransaction("touch on payouts", transaction -> {
            try (PreparedStatement update =
                    transaction.prepareStatement("UPDATE payouts SET updated_at = ? WHERE payout_id = ?")) {
                update.setObject(1, utc(now));
                update.setString(2, payoutId);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<String> unchangedSince(PayoutStatus status, Instant before, int limit) {
        return transactions.read("unchangedSince on payouts", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT payout_id FROM payouts"
                    + " WHERE status = ? AND updated_at < ? ORDER BY updated_at, id LIMIT ?")) {
                select.setString(1, status.wire());
                select.setObject(2, utc(before));
                select.setInt(3, limit);
                return payoutIds(select);
            }
        });
    }

    @Override
    public List<String> pendingOfSeller(long sellerId) {
        return transactions.read("pendingOfSeller on payouts", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT payout_id FROM payouts WHERE seller_id = ? AND status = 'pending' ORDER BY id")) {
                select.setLong(1, sellerId);
                return payoutIds(select);
            }
        });
    }

    @Override
    public Page<Payout> listOfSeller(long sellerId, PayoutStatus status, Paging paging) {
        return transactions.read("listOfSeller on payouts", connection -> {
            String where = " WHERE p.seller_id = ?" + (status == null ? "" : " AND p.status = ?");
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM payouts p" + where)) {
                bind(count, sellerId, status);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            List<Payout> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    SELECT + where + " ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?")) {
                int next = bind(select, sellerId, status);
                select.setInt(next, paging.pageSize());
                select.setLong(next + 1, paging.offset());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(payout(rows));
                    }
                }
            }
            return new Page<>(items, paging.page(), paging.pageSize(), total);
        });
    }

    @Override
    public Optional<String> chargeOf(long orderId) {
        return transactions.read("chargeOf on payouts", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT stripe_charge_id FROM payments WHERE order_id = ?")) {
                select.setLong(1, orderId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<Payout> lockByOrder(long orderId) {
        return transactions.inTransaction(
                "lockByOrder on payouts", transaction -> one(transaction, " WHERE p.order_id = ?", orderId, true));
    }

    /**
     * Read from the payments context's own tables (payouts are part of it): the charge, the refunds
     * that succeeded, and whether one is still pending. The dispute is {@code payment_disputes}'.
     */
    @Override
    public Funding fundingOf(long orderId) {
        return transactions.read("fundingOf on payments", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT p.stripe_charge_id,"
                    + " COALESCE((SELECT sum(r.amount) FROM refunds r WHERE r.payment_id = p.id"
                    + " AND r.status = 'succeeded'), 0),"
                    + " EXISTS (SELECT 1 FROM refunds r WHERE r.payment_id = p.id"
                    + " AND r.status IN ('pending', 'requires_action'))"
                    + " FROM payments p WHERE p.order_id = ?")) {
                select.setLong(1, orderId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return new Funding(Optional.empty(), BigDecimal.ZERO.setScale(2), false, false);
                    }
                    return new Funding(
                            Optional.ofNullable(row.getString(1)), row.getBigDecimal(2), row.getBoolean(3), false);
                }
            }
        });
    }

    @Override
    public BigDecimal reversedOf(String payoutId) {
        return transactions.read("reversedOf on payouts", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT reversed_amount FROM payouts WHERE payout_id = ?")) {
                select.setString(1, payoutId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getBigDecimal(1) : BigDecimal.ZERO.setScale(2);
                }
            }
        });
    }

    @Override
    public void addReversal(String payoutId, Money amount, Instant now) {
        transactions.inTransaction("addReversal on payouts", transaction -> {
            try (PreparedStatement update = transaction.prepareStatement("UPDATE payouts SET"
                    + " reversed_amount = reversed_amount + ?, updated_at = ? WHERE payout_id = ?")) {
                update.setBigDecimal(1, amount.amount());
                update.setObject(2, utc(now));
                update.setString(3, payoutId);
                update.executeUpdate();
            }
            return null;
        });
    }

    private static int bind(PreparedStatement statement, long sellerId, PayoutStatus status) throws SQLException {
        statement.setLong(1, sellerId);
        if (status == null) {
            return 2;
        }
        statement.setString(2, status.wire());
        return 3;
    }

    private static List<String> payoutIds(PreparedStatement select) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static Optional<Payout> one(Connection connection, String where, Object key, boolean lock)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + where + (lock ? " FOR UPDATE" : ""))) {
            select.setObject(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(payout(row)) : Optional.empty();
            }
        }
    }

    private static Payout payout(ResultSet row) throws SQLException {
        String status = row.getString("status");
        return new Payout(
                row.getString("payout_id"),
                row.getLong("order_id"),
                row.getString("order_number"),
                row.getLong("seller_id"),
                Money.of(row.getBigDecimal("amount"), row.getString("currency")),
                PayoutStatus.fromWire(status)
                        .orElseThrow(() -> new IllegalStateException("Unknown payout status " + status)),
                row.getString("stripe_account_id"),
                row.getString("stripe_transfer_id"),
                instant(row, "processed_at"),
                instant(row, "created_at"),
                instant(row, "updated_at"));
    }
}
