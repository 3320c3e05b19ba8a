package com.sneakers.marketplace.orders.adapter;

import static com.sneakers.marketplace.platform.db.SqlTime.instant;

import com.sneakers.marketplace.orders.Actor;
import com.sneakers.marketplace.orders.Carrier;
import com.sneakers.marketplace.orders.Dispute;
import com.sneakers.marketplace.orders.DisputeOutcome;
import com.sneakers.marketplace.orders.DisputeReason;
import com.sneakers.marketplace.orders.HistoryEntry;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderAmounts;
import com.sneakers.marketplace.orders.OrderStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Rows of {@code orders} (with its {@code order_disputes} row, if any) and {@code order_status_history}
 * as domain values; timestamps are UTC.
 */
final class OrderRows {
    static final String COLUMNS = "id, order_number, match_id, buyer_id, seller_id, product_id, size_id, price,"
            + " quantity, buyer_fee, seller_fee, platform_fee, total_amount, seller_payout, currency, status,"
            + " shipping_address_id, carrier, tracking_number, cancellation_reason, created_at, payment_at,"
            + " shipped_at, delivered_at, completed_at, cancelled_at, updated_at,"
            + " order_disputes.reason AS dispute_reason, order_disputes.details AS dispute_details,"
            + " order_disputes.opened_by AS dispute_opened_by, order_disputes.opened_at AS dispute_opened_at,"
            + " order_disputes.resolution AS dispute_resolution, order_disputes.resolved_by AS dispute_resolved_by,"
            + " order_disputes.resolved_at AS dispute_resolved_at,"
            + " order_disputes.resolution_note AS dispute_resolution_note";
    /** Where {@link #COLUMNS} come from. */
    static final String FROM = " FROM orders LEFT JOIN order_disputes ON order_disputes.order_id = orders.id";

    private OrderRows() {}

    static Order order(ResultSet row) throws SQLException {
        String carrier = row.getString("carrier");
        return new Order(
                row.getLong("id"),
                row.getString("order_number"),
                row.getLong("match_id"),
                row.getLong("buyer_id"),
                row.getLong("seller_id"),
                row.getLong("product_id"),
                row.getLong("size_id"),
                new OrderAmounts(
                        row.getBigDecimal("price"),
                        row.getInt("quantity"),
                        row.getBigDecimal("buyer_fee"),
                        row.getBigDecimal("seller_fee"),
                        row.getBigDecimal("platform_fee"),
                        row.getBigDecimal("total_amount"),
                        row.getBigDecimal("seller_payout")),
                row.getString("currency"),
                status(row.getString("status")),
                row.getObject("shipping_address_id", Long.class),
                new Order.Shipment(
                        carrier == null ? null : Carrier.fromWire(carrier).orElseThrow(),
                        row.getString("tracking_number")),
                row.getString("cancellation_reason"),
                new Order.Timeline(
                        instant(row, "created_at"),
                        instant(row, "payment_at"),
                        instant(row, "shipped_at"),
                        instant(row, "delivered_at"),
                        instant(row, "completed_at"),
                        instant(row, "cancelled_at"),
                        instant(row, "updated_at")),
                dispute(row));
    }

    private static Dispute dispute(ResultSet row) throws SQLException {
        String reason = row.getString("dispute_reason");
        if (reason == null) {
            return null;
        }
        String outcome = row.getString("dispute_resolution");
        return new Dispute(
                DisputeReason.fromWire(reason)
                        .orElseThrow(
                                () -> new IllegalStateException("Unknown dispute reason in the database: " + reason)),
                row.getString("dispute_details"),
                row.getLong("dispute_opened_by"),
                instant(row, "dispute_opened_at"),
                outcome == null
                        ? null
                        : new Dispute.Resolution(
                                DisputeOutcome.fromWire(outcome)
                                        .orElseThrow(() -> new IllegalStateException(
                                                "Unknown dispute resolution in the database: " + outcome)),
                                row.getLong("dispute_resolved_by"),
                                instant(row, "dispute_resolved_at"),
                                row.getString("dispute_resolution_note")));
    }

    static HistoryEntry historyEntry(ResultSet row) throws SQLException {
        String createdBy = row.getString("created_by");
        return new HistoryEntry(
                status(row.getString("status")),
                row.getString("note"),
                createdBy == null ? null : Actor.valueOf(createdBy.toUpperCase(Locale.ROOT)),
                instant(row, "created_at"));
    }

    private static OrderStatus status(String wire) {
        return OrderStatus.fromWire(wire)
                .orElseThrow(() -> new IllegalStateException("Unknown order status in the database: " + wire));
    }
}
