package com.sneakers.marketplace.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The outbox table: events appended in the transaction of the change that caused them. */
public final class Outbox {

    /** Appends the event inside the caller's transaction, so it exists exactly when the change does. */
    public void append(Connection transaction, OutboxEvent event) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement(
                "INSERT INTO outbox (event_id, source, detail_type, detail, occurred_at) VALUES (?, ?, ?, ?::jsonb, ?)")) {
            insert.setObject(1, event.eventId());
            insert.setString(2, event.source());
            insert.setString(3, event.detailType());
            insert.setString(4, event.detail());
            insert.setTimestamp(5, utc(event.occurredAt()));
            insert.executeUpdate();
        }
    }

    /**
     * The oldest unpublished events, locked for this transaction. Rows another relay holds are
     * skipped rather than waited for: relays share the work, and order per bus is not promised.
     */
    List<Pending> lockUnpublished(Connection transaction, int limit) throws SQLException {
        List<Pending> pending = new ArrayList<>();
        try (PreparedStatement select = transaction.prepareStatement(
                "SELECT id, event_id, source, detail_type, detail::text, occurred_at FROM outbox"
                        + " WHERE published_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pending.add(new Pending(
                            rows.getLong(1),
                            new OutboxEvent(
                                    rows.getObject(2, java.util.UUID.class),
                                    rows.getString(3),
                                    rows.getString(4),
                                    rows.getString(5),
                                    rows.getTimestamp(6).toLocalDateTime().toInstant(ZoneOffset.UTC))));
                }
            }
        }
        return pending;
    }

    void markPublished(Connection transaction, long id, Instant at) throws SQLException {
        try (PreparedStatement update = transaction.prepareStatement(
                "UPDATE outbox SET published_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")) {
            update.setTimestamp(1, utc(at));
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    void markFailed(Connection transaction, long id, String error) throws SQLException {
        try (PreparedStatement update = transaction.prepareStatement(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?")) {
            update.setString(1, error);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }

    record Pending(long id, OutboxEvent event) {}
}
