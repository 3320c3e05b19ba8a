package com.sneakers.marketplace.orders.adapter;

import static com.sneakers.marketplace.orders.adapter.OrderRows.COLUMNS;
import static com.sneakers.marketplace.orders.adapter.OrderRows.FROM;
import static com.sneakers.marketplace.platform.db.SqlTime.utc;

import com.sneakers.marketplace.orders.Actor;
import com.sneakers.marketplace.orders.Change;
import com.sneakers.marketplace.orders.Dispute;
import com.sneakers.marketplace.orders.EnteredStatus;
import com.sneakers.marketplace.orders.HistoryEntry;
import com.sneakers.marketplace.orders.MatchCreated;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderAmounts;
import com.sneakers.marketplace.orders.OrderCreation;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderQuery;
import com.sneakers.marketplace.orders.OrderRole;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.OrderStore;
import com.sneakers.marketplace.orders.OrderUpdate;
import com.sneakers.marketplace.platform.db.SqlTime;
import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import com.sneakers.marketplace.platform.redrive.ScanPosition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** Orders in Postgres. Transitions are guarded updates, so of two concurrent ones only one can win. */
public final class JdbcOrderStore implements OrderStore {
    private final Transactions transactions;
    private final OrderEvents events;

    JdbcOrderStore(DataSource dataSource, OrderEvents events) {
        this.transactions = new Transactions(dataSource);
        this.events = events;
    }

    @Override
    public OrderCreation create(MatchCreated match, OrderAmounts amounts, Long shippingAddressId, Instant now) {
        return transactions.inTransaction("create the order of match " + match.matchId(), transaction -> {
            Optional<Order> existing = findByMatch(transaction, match.matchId());
            if (existing.isPresent()) {
                return new OrderCreation(existing.get(), false);
            }
            Optional<Long> id = insert(transaction, match, amounts, shippingAddressId, now);
            if (id.isEmpty()) {
                return new OrderCreation(
                        findByMatch(transaction, match.matchId()).orElseThrow(), false);
            }
            appendHistory(
                    transaction,
                    id.get(),
                    OrderStatus.PENDING_PAYMENT,
                    "Order created from match " + match.matchId(),
                    Actor.SYSTEM,
                    now);
            Order order = find(transaction, id.get()).orElseThrow();
            events.created(transaction, order, now);
            return new OrderCreation(order, true);
        });
    }

    @Override
    public Optional<Order> find(long id) {
        return transactions.read("read order " + id, connection -> find(connection, id));
    }

    @Override
    public Page<Order> list(OrderQuery query, Paging paging) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (query.userId() != null) {
            if (query.role() == null) {
                where.append(" AND (buyer_id = ? OR seller_id = ?)");
                parameters.add(query.userId());
                parameters.add(query.userId());
            } else {
                where.append(query.role() == OrderRole.BUYER ? " AND buyer_id = ?" : " AND seller_id = ?");
                parameters.add(query.userId());
            }
        }
        if (query.status() != null) {
            where.append(" AND status = ?");
            parameters.add(query.status().wire());
        }
        return transactions.read("list orders", connection -> {
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM orders" + where)) {
                bind(count, parameters);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            List<Order> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + FROM + where + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")) {
                bind(select, parameters);
                select.setInt(parameters.size() + 1, paging.pageSize());
                select.setLong(parameters.size() + 2, paging.offset());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(OrderRows.order(rows));
                    }
                }
            }
            return new Page<>(items, paging.page(), paging.pageSize(), total);
        });
    }

    @Override
    public List<HistoryEntry> history(long orderId) {
        return transactions.read("read the history of order " + orderId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT status, note, created_by, created_at FROM order_status_history WHERE order_id = ?"
                            + " ORDER BY created_at, id")) {
                select.setLong(1, orderId);
                List<HistoryEntry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(OrderRows.historyEntry(rows));
                    }
                }
                return entries;
            }
        });
    }

    @Override
    public Optional<OrderUpdate.Updated> transition(Order current, Change change) {
        return transactions.inTransaction(
                "move order " + current.id() + " to " + change.to().wire(),
                transaction -> transition(transaction, current, change));
    }

    private Optional<OrderUpdate.Updated> transition(Connection transaction, Order current, Change change)
            throws SQLException {
        if (!guardedUpdate(transaction, current, change)) {
            return Optional.empty();
        }
        if (change.dispute() != null) {
            insertDispute(transaction, current.id(), change.dispute());
        }
        appendHistory(transaction, current.id(), change.to(), change.note(), change.actor(), change.at());
        Order order = find(transaction, current.id()).orElseThrow();
        events.transitioned(transaction, order, current.status(), change.actor(), change.note(), change.at());
        return Optional.of(new OrderUpdate.Updated(order));
    }

    @Override
    public Optional<Order> resolveDispute(Order current, Dispute.Resolution resolution, String note) {
        return transactions.inTransaction("resolve the dispute of order " + current.id(), transaction -> {
            try (PreparedStatement update = transaction.prepareStatement("UPDATE order_disputes SET resolution = ?,"
                    + " resolved_by = ?, resolved_at = ?, resolution_note = ? WHERE order_id = ? AND resolution IS NULL"
                    + " AND EXISTS (SELECT 1 FROM orders WHERE id = ? AND status = ?)")) {
                update.setString(1, resolution.outcome().wire());
                update.setLong(2, resolution.resolvedBy());
                update.setObject(3, utc(resolution.resolvedAt()));
                update.setString(4, resolution.note());
                update.setLong(5, current.id());
                update.setLong(6, current.id());
                update.setString(7, OrderStatus.DISPUTED.wire());
                if (update.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement touch =
                    transaction.prepareStatement("UPDATE orders SET updated_at = ? WHERE id = ?")) {
                touch.setObject(1, utc(resolution.resolvedAt()));
                touch.setLong(2, current.id());
                touch.executeUpdate();
            }
            appendHistory(transaction, current.id(), OrderStatus.DISPUTED, note, Actor.ADMIN, resolution.resolvedAt());
            Order order = find(transaction, current.id()).orElseThrow();
            events.disputeResolved(transaction, order, note, resolution.resolvedAt());
            return Optional.of(order);
        });
    }

    @Override
    public boolean changeShippingAddress(long orderId, Set<OrderStatus> statuses, long addressId, Instant now) {
        return transactions.inTransaction("change the shipping address of order " + orderId, transaction -> {
            try (PreparedStatement update = transaction.prepareStatement(
                    "UPDATE orders SET shipping_address_id = ?, updated_at = ? WHERE id = ? AND status = ANY (?)")) {
                update.setLong(1, addressId);
                update.setObject(2, utc(now));
                update.setLong(3, orderId);
                update.setArray(4, transaction.createArrayOf("varchar", wires(statuses)));
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<Long> due(OrderStatus status, Instant cutoff, int batch) {
        String since = EnteredAt.column(status);
        return transactions.read("find due " + status.wire() + " orders", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM orders WHERE status = ? AND "
                    + since + " <= ? ORDER BY " + since + ", id LIMIT ?")) {
                select.setString(1, status.wire());
                select.setObject(2, utc(cutoff));
                select.setInt(3, batch);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    @Override
    public List<EnteredStatus> enteredAfter(OrderStatus status, ScanPosition after, Instant until, int limit) {
        String since = EnteredAt.column(status);
        return transactions.read("scan the " + status.wire() + " orders after " + after, connection -> {
            // The status is written out so that the partial index of that status serves every plan.
            try (PreparedStatement select = connection.prepareStatement("SELECT id, " + since + " FROM orders"
                    + " WHERE status = '" + status.wire() + "' AND (" + since + ", id) > (?, ?) AND " + since
                    + " < ? ORDER BY " + since + ", id LIMIT ?")) {
                select.setObject(1, utc(after.at()));
                select.setLong(2, after.id());
                select.setObject(3, utc(until));
                select.setInt(4, limit);
                List<EnteredStatus> entered = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entered.add(new EnteredStatus(new OrderId(rows.getLong(1)), SqlTime.instant(rows, since)));
                    }
                }
                return entered;
            }
        });
    }

    @Override
    public Set<Long> matchesWithOrders(Collection<Long> matchIds) {
        if (matchIds.isEmpty()) {
            return Set.of();
        }
        return transactions.read("find the orders of " + matchIds.size() + " matches", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT match_id FROM orders WHERE match_id = ANY (?)")) {
                select.setArray(1, connection.createArrayOf("bigint", matchIds.toArray()));
                Set<Long> found = new HashSet<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getLong(1));
                    }
                }
                return found;
            }
        });
    }

    private static boolean guardedUpdate(Connection transaction, Order current, Change change) throws SQLException {
        StringBuilder set = new StringBuilder("UPDATE orders SET status = ?, updated_at = ?");
        EnteredAt.timestampColumn(change.to())
                .ifPresent(column -> set.append(", ").append(column).append(" = ?"));
        if (change.shipment() != null) {
            set.append(", carrier = ?, tracking_number = ?");
        }
        if (change.reason() != null) {
            set.append(", cancellation_reason = ?");
        }
        set.append(" WHERE id = ? AND status = ?");
        try (PreparedStatement update = transaction.prepareStatement(set.toString())) {
            int i = 1;
            update.setString(i++, change.to().wire());
            update.setObject(i++, utc(change.at()));
            if (EnteredAt.timestampColumn(change.to()).isPresent()) {
                update.setObject(i++, utc(change.at()));
            }
            if (change.shipment() != null) {
                update.setString(i++, change.shipment().carrier().wire());
                update.setString(i++, change.shipment().trackingNumber());
            }
            if (change.reason() != null) {
                update.setString(i++, change.reason());
            }
            update.setLong(i++, current.id());
            update.setString(i, current.status().wire());
            return update.executeUpdate() == 1;
        }
    }

    private static Optional<Long> insert(
            Connection transaction, MatchCreated match, OrderAmounts amounts, Long shippingAddressId, Instant now)
            throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO orders (order_number, match_id,"
                + " buyer_id, seller_id, product_id, size_id, price, quantity, buyer_fee, seller_fee, platform_fee,"
                + " total_amount, seller_payout, currency, status, shipping_address_id, created_at, updated_at)"
                + " VALUES ('ORD-' || ? || '-' || (SELECT lpad(n::text, greatest(6, length(n::text)), '0')"
                + " FROM nextval('order_number_seq') AS n),"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending_payment', ?, ?, ?)"
                + " ON CONFLICT (match_id) DO NOTHING RETURNING id")) {
            int i = 1;
            insert.setString(i++, String.valueOf(now.atZone(ZoneOffset.UTC).getYear()));
            insert.setLong(i++, match.matchId());
            insert.setLong(i++, match.buyerId());
            insert.setLong(i++, match.sellerId());
            insert.setLong(i++, match.productId());
            insert.setLong(i++, match.sizeId());
            insert.setBigDecimal(i++, amounts.price());
            insert.setInt(i++, amounts.quantity());
            insert.setBigDecimal(i++, amounts.buyerFee());
            insert.setBigDecimal(i++, amounts.sellerFee());
            insert.setBigDecimal(i++, amounts.platformFee());
            insert.setBigDecimal(i++, amounts.totalAmount());
            insert.setBigDecimal(i++, amounts.sellerPayout());
            insert.setString(i++, match.currency());
            insert.setObject(i++, shippingAddressId);
            insert.setObject(i++, utc(now));
            insert.setObject(i, utc(now));
            try (ResultSet row = insert.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void insertDispute(Connection transaction, long orderId, Dispute dispute) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO order_disputes"
                + " (order_id, reason, details, opened_by, opened_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, orderId);
            insert.setString(2, dispute.reason().wire());
            insert.setString(3, dispute.details());
            insert.setLong(4, dispute.openedBy());
            insert.setObject(5, utc(dispute.openedAt()));
            insert.executeUpdate();
        }
    }

    private static void appendHistory(
            Connection transaction, long orderId, OrderStatus status, String note, Actor actor, Instant at)
            throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO order_status_history"
                + " (order_id, status, note, created_by, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, orderId);
            insert.setString(2, status.wire());
            insert.setString(3, note);
            insert.setString(4, actor.wire());
            insert.setObject(5, utc(at));
            insert.executeUpdate();
        }
    }

    @Override
    public Optional<Order> lock(long id) {
        return transactions.inTransaction("lock order " + id, transaction -> {
            try (PreparedStatement select = transaction.prepareStatement(
                    "SELECT " + COLUMNS + FROM + " WHERE orders.id = ? FOR UPDATE OF orders")) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(OrderRows.order(row)) : Optional.empty();
                }
            }
        });
    }

    private static Optional<Order> find(Connection connection, long id) throws SQLException {
        return one(connection, "id", id);
    }

    private static Optional<Order> findByMatch(Connection connection, long matchId) throws SQLException {
        return one(connection, "match_id", matchId);
    }

    private static Optional<Order> one(Connection connection, String column, long value) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE orders." + column + " = ?")) {
            select.setLong(1, value);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(OrderRows.order(row)) : Optional.empty();
            }
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static Object[] wires(Set<OrderStatus> statuses) {
        return statuses.stream().map(OrderStatus::wire).toArray();
    }
}
