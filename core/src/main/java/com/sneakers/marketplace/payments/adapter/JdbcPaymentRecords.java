package com.sneakers.marketplace.payments.adapter;

import static com.sneakers.marketplace.platform.db.SqlTime.instant;
import static com.sneakers.marketplace.platform.db.SqlTime.utc;

import com.sneakers.marketplace.payments.Card;
import com.sneakers.marketplace.payments.CardDispute;
import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.PaymentRecords;
import com.sneakers.marketplace.payments.PaymentRefund;
import com.sneakers.marketplace.payments.PaymentStatus;
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
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** The {@code payments} and {@code refunds} rows in Postgres, in the current transaction if there is one. */
final class JdbcPaymentRecords implements PaymentRecords {
    private static final String COLUMNS = "id, payment_id, order_id, user_id, stripe_payment_intent_id,"
            + " stripe_charge_id, amount, currency, status, card_brand, card_last4, refunded_amount, processed_at,"
            + " refunded_at, created_at, updated_at";
    private static final String REFUND_COLUMNS =
            "id, refund_id, payment_id, stripe_refund_id, amount, currency, reason, status, requested_by, created_at";
    /** Refunds that count against the captured amount: asked for and not failed. */
    private static final String ACTIVE_REFUND = "status IN ('pending', 'succeeded', 'requires_action')";

    private final Transactions transactions;

    JdbcPaymentRecords(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public Optional<Payment> insert(long orderId, long buyerId, String paymentIntentId, Money amount, Instant now) {
        return transactions.inTransaction("insert on payments", transaction -> {
            try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO payments (payment_id, order_id,"
                    + " user_id, stripe_payment_intent_id, amount, currency, status, payment_method, created_at,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', 'card', ?, ?)"
                    + " ON CONFLICT (order_id) DO NOTHING RETURNING " + COLUMNS)) {
                insert.setString(1, "pay_" + UUID.randomUUID().toString().replace("-", ""));
                insert.setLong(2, orderId);
                insert.setLong(3, buyerId);
                insert.setString(4, paymentIntentId);
                insert.setBigDecimal(5, amount.amount());
                insert.setString(6, amount.currency());
                insert.setObject(7, utc(now));
                insert.setObject(8, utc(now));
                return one(insert);
            }
        });
    }

    @Override
    public Optional<Payment> byId(long id) {
        return transactions.read("byId on payments", connection -> select(connection, "id = ?", id, false));
    }

    @Override
    public Optional<Payment> lockById(long id) {
        return transactions.inTransaction(
                "lockById on payments", transaction -> select(transaction, "id = ?", id, true));
    }

    @Override
    public Optional<Payment> byOrder(long orderId) {
        return transactions.read(
                "byOrder on payments", connection -> select(connection, "order_id = ?", orderId, false));
    }

    @Override
    public Optional<Payment> byPaymentId(String paymentId) {
        return transactions.read(
                "byPaymentId on payments", connection -> select(connection, "payment_id = ?", paymentId, false));
    }

    @Override
    public Optional<Payment> byIntent(String paymentIntentId) {
        return transactions.read(
                "byIntent on payments",
                connection -> select(connection, "stripe_payment_intent_id = ?", paymentIntentId, false));
    }

    @Override
    public Page<Payment> ofBuyer(long buyerId, Paging paging) {
        return transactions.read("list the payments of user " + buyerId, connection -> {
            List<Payment> payments = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM payments WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")) {
                select.setLong(1, buyerId);
                select.setInt(2, paging.pageSize());
                select.setLong(3, paging.offset());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        payments.add(payment(rows));
                    }
                }
            }
            try (PreparedStatement count =
                    connection.prepareStatement("SELECT count(*) FROM payments WHERE user_id = ?")) {
                count.setLong(1, buyerId);
                return new Page<>(
                        payments,
                        paging.page(),
                        paging.pageSize(),
                        number(count).longValue());
            }
        });
    }

    @Override
    public List<Payment> unsettled(Instant unchangedSince, Instant madeAfter, int limit) {
        return transactions.read("unsettled on payments", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM payments"
                    + " WHERE status IN ('pending', 'processing') AND stripe_payment_intent_id IS NOT NULL"
                    + " AND updated_at <= ? AND created_at > ? ORDER BY updated_at, id LIMIT ?")) {
                select.setObject(1, utc(unchangedSince));
                select.setObject(2, utc(madeAfter));
                select.setInt(3, limit);
                List<Payment> due = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        due.add(payment(rows));
                    }
                }
                return due;
            }
        });
    }

    @Override
    public void touch(long id, Instant now) {
        transactions.inTransaction("touch on payments", transaction -> {
            try (PreparedStatement update =
                    transaction.prepareStatement("UPDATE payments SET updated_at = ? WHERE id = ?")) {
                update.setObject(1, utc(now));
                update.setLong(2, id);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void moveTo(long id, PaymentStatus status, Instant now) {
        transactions.inTransaction("moveTo on payments", transaction -> {
            try (PreparedStatement update =
                    transaction.prepareStatement("UPDATE payments SET status = ?, updated_at = ? WHERE id = ?")) {
                update.setString(1, status.wire());
                update.setObject(2, utc(now));
                update.setLong(3, id);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void succeeded(long id, Optional<String> chargeId, Optional<Card> card, Instant now) {
        transactions.inTransaction("succeeded on payments", transaction -> {
            try (PreparedStatement update = transaction.prepareStatement("UPDATE payments SET status = 'succeeded',"
                    + " stripe_charge_id = COALESCE(?, stripe_charge_id), card_brand = COALESCE(?, card_brand),"
                    + " card_last4 = COALESCE(?, card_last4), processed_at = ?, updated_at = ? WHERE id = ?")) {
                update.setString(1, chargeId.orElse(null));
                update.setString(2, card.map(Card::brand).orElse(null));
                update.setString(3, card.map(Card::last4).orElse(null));
                update.setObject(4, utc(now));
                update.setObject(5, utc(now));
                update.setLong(6, id);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void flag(long id, String reason, Instant now) {
        transactions.inTransaction("flag on payments", transaction -> {
            try (PreparedStatement update = transaction.prepareStatement(
                    "UPDATE payments SET review_reason = ?, updated_at = ? WHERE id = ?")) {
                update.setString(1, reason);
                update.setObject(2, utc(now));
                update.setLong(3, id);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void refunded(long id, PaymentStatus status, Money refundedAmount, String reason, Instant now) {
        transactions.inTransaction("refunded on payments", transaction -> {
            try (PreparedStatement update = transaction.prepareStatement("UPDATE payments SET status = ?,"
                    + " refunded_amount = ?, refund_reason = COALESCE(?, refund_reason), refunded_at = ?, updated_at = ?"
                    + " WHERE id = ?")) {
                update.setString(1, status.wire());
                update.setBigDecimal(2, refundedAmount.amount());
                update.setString(3, reason);
                update.setObject(4, utc(now));
                update.setObject(5, utc(now));
                update.setLong(6, id);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public PaymentRefund insertRefund(
            Payment payment,
            String stripeRefundId,
            Money amount,
            String reason,
            String status,
            Long requestedBy,
            Instant now) {
        return transactions.inTransaction("insertRefund on payments", transaction -> {
            try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO refunds (refund_id, payment_id,"
                    + " stripe_refund_id, amount, currency, reason, status, requested_by, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (stripe_refund_id) DO NOTHING")) {
                insert.setString(1, "ref_" + UUID.randomUUID().toString().replace("-", ""));
                insert.setLong(2, payment.id());
                insert.setString(3, stripeRefundId);
                insert.setBigDecimal(4, amount.amount());
                insert.setString(5, amount.currency());
                insert.setString(6, reason);
                insert.setString(7, status);
                insert.setObject(8, requestedBy);
                insert.setObject(9, utc(now));
                insert.setObject(10, utc(now));
                insert.executeUpdate();
            }
            return refundByStripeId(transaction, stripeRefundId);
        });
    }

    @Override
    public boolean updateRefund(String stripeRefundId, String status, Instant now) {
        return transactions.inTransaction("updateRefund on payments", transaction -> {
            try (PreparedStatement update = transaction.prepareStatement(
                    "UPDATE refunds SET status = ?, updated_at = ? WHERE stripe_refund_id = ?")) {
                update.setString(1, status);
                update.setObject(2, utc(now));
                update.setString(3, stripeRefundId);
                return update.executeUpdate() == 1;
            }
        });
    }

    private static PaymentRefund refundByStripeId(Connection connection, String stripeRefundId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + REFUND_COLUMNS + " FROM refunds WHERE stripe_refund_id = ?")) {
            select.setString(1, stripeRefundId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return refund(row);
            }
        }
    }

    @Override
    public BigDecimal activeRefunds(long paymentId) {
        return transactions.read("activeRefunds on payments", transaction -> {
            return sum(transaction, paymentId, ACTIVE_REFUND);
        });
    }

    @Override
    public BigDecimal succeededRefunds(long paymentId) {
        return transactions.read("succeededRefunds on payments", transaction -> {
            return sum(transaction, paymentId, "status = 'succeeded'");
        });
    }

    @Override
    public Optional<CardDispute> dispute(String stripeDisputeId) {
        return transactions.read("dispute on payment_disputes", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT stripe_dispute_id, amount, currency,"
                    + " reason, status FROM payment_disputes WHERE stripe_dispute_id = ?")) {
                select.setString(1, stripeDisputeId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new CardDispute(
                            row.getString(1),
                            Money.of(row.getBigDecimal(2), row.getString(3)),
                            row.getString(4),
                            row.getString(5)));
                }
            }
        });
    }

    @Override
    public void recordDispute(Payment payment, CardDispute dispute, Instant now) {
        transactions.inTransaction("recordDispute on payment_disputes", transaction -> {
            try (PreparedStatement upsert = transaction.prepareStatement("INSERT INTO payment_disputes"
                    + " (stripe_dispute_id, payment_id, amount, currency, reason, status, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (stripe_dispute_id) DO UPDATE"
                    + " SET status = EXCLUDED.status, updated_at = EXCLUDED.updated_at")) {
                upsert.setString(1, dispute.stripeDisputeId());
                upsert.setLong(2, payment.id());
                upsert.setBigDecimal(3, dispute.amount().amount());
                upsert.setString(4, dispute.amount().currency());
                upsert.setString(5, dispute.reason());
                upsert.setString(6, dispute.status());
                upsert.setObject(7, utc(now));
                upsert.setObject(8, utc(now));
                upsert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<PaymentRefund> refundsOf(long paymentId) {
        return transactions.read("refundsOf on refunds", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + REFUND_COLUMNS + " FROM refunds WHERE payment_id = ? ORDER BY created_at, id")) {
                select.setLong(1, paymentId);
                List<PaymentRefund> refunds = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        refunds.add(refund(row));
                    }
                }
                return refunds;
            }
        });
    }

    @Override
    public long refundCount(long paymentId) {
        return transactions.read("refundCount on payments", transaction -> {
            try (PreparedStatement count =
                    transaction.prepareStatement("SELECT count(*) FROM refunds WHERE payment_id = ?")) {
                count.setLong(1, paymentId);
                return number(count).longValue();
            }
        });
    }

    @Override
    public Set<Long> ordersOwedRefund(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Set.of();
        }
        return transactions.read("ordersOwedRefund on payments", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT p.order_id FROM payments p"
                    + " WHERE p.order_id = ANY (?) AND p.status IN ('succeeded', 'partially_refunded')"
                    + " AND p.amount > (SELECT COALESCE(sum(r.amount), 0) FROM refunds r"
                    + " WHERE r.payment_id = p.id AND r." + ACTIVE_REFUND + ")")) {
                select.setArray(1, connection.createArrayOf("bigint", orderIds.toArray()));
                Set<Long> owed = new HashSet<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        owed.add(rows.getLong(1));
                    }
                }
                return owed;
            }
        });
    }

    private static BigDecimal sum(Connection transaction, long paymentId, String condition) throws SQLException {
        try (PreparedStatement sum = transaction.prepareStatement(
                "SELECT COALESCE(sum(amount), 0) FROM refunds WHERE payment_id = ? AND " + condition)) {
            sum.setLong(1, paymentId);
            return ((BigDecimal) number(sum)).setScale(2);
        }
    }

    private static Number number(PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            row.next();
            return (Number) row.getObject(1);
        }
    }

    private static Optional<Payment> select(Connection connection, String where, Object value, boolean lock)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM payments WHERE " + where + (lock ? " FOR UPDATE" : ""))) {
            select.setObject(1, value);
            return one(select);
        }
    }

    private static Optional<Payment> one(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            return row.next() ? Optional.of(payment(row)) : Optional.empty();
        }
    }

    private static Payment payment(ResultSet row) throws SQLException {
        return new Payment(
                row.getLong("id"),
                row.getString("payment_id"),
                row.getLong("order_id"),
                row.getLong("user_id"),
                row.getString("stripe_payment_intent_id"),
                row.getString("stripe_charge_id"),
                Money.of(row.getBigDecimal("amount"), row.getString("currency")),
                PaymentStatus.fromWire(row.getString("status")).orElseThrow(),
                row.getString("card_brand"),
                row.getString("card_last4"),
                Money.of(row.getBigDecimal("refunded_amount"), row.getString("currency")),
                instant(row, "processed_at"),
                instant(row, "refunded_at"),
                instant(row, "created_at"),
                instant(row, "updated_at"));
    }

    private static PaymentRefund refund(ResultSet row) throws SQLException {
        return new PaymentRefund(
                row.getLong("id"),
                row.getString("refund_id"),
                row.getLong("payment_id"),
                row.getString("stripe_refund_id"),
                Money.of(row.getBigDecimal("amount"), row.getString("currency")),
                row.getString("reason"),
                row.getString("status"),
                row.getObject("requested_by", Long.class),
                instant(row, "created_at"));
    }
}
