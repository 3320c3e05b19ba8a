package com.sneakers.marketplace.platform.outbox;

import static com.sneakers.marketplace.platform.db.SqlTime.instant;
import static com.sneakers.marketplace.platform.db.SqlTime.utc;

import com.sneakers.marketplace.platform.db.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox table: events appended in the transaction of the change that caused them. An outbox made
 * with {@link #publishingAfterCommit} also publishes each transaction's events as soon as it commits,
 * best effort: what that misses, the sweeper's {@link OutboxRelay#relayDue} publishes later.
 */
public final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final String SELECT_PENDING = "SELECT id, event_id, source, detail_type, detail::text, occurred_at,"
            + " attempts FROM outbox WHERE published_at IS NULL";

    private final OutboxRelay afterCommit;

    /** An outbox that only appends; its events wait for the sweeper's relay. */
    public Outbox() {
        this.afterCommit = null;
    }

    private Outbox(DataSource dataSource, EventPublisher publisher, Clock clock) {
        this.afterCommit = new OutboxRelay(dataSource, this, publisher, clock);
    }

    /** An outbox whose events are published right after the transaction that appended them commits. */
    public static Outbox publishingAfterCommit(DataSource dataSource, EventPublisher publisher, Clock clock) {
        return new Outbox(dataSource, publisher, clock);
    }

    /** Appends the event inside the caller's transaction, so it exists exactly when the change does. */
    public void append(Connection transaction, OutboxEvent event) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement(
                "INSERT INTO outbox (event_id, source, detail_type, detail, occurred_at) VALUES (?, ?, ?, ?::jsonb, ?)")) {
            insert.setObject(1, event.eventId());
            insert.setString(2, event.source());
            insert.setString(3, event.detailType());
            insert.setString(4, event.detail());
            insert.setObject(5, utc(event.occurredAt()));
            insert.executeUpdate();
        }
        if (afterCommit != null) {
            Transactions.afterCommit(transaction, this, event.eventId(), this::publishCommitted);
        }
    }

    private void publishCommitted(List<UUID> eventIds) {
        try {
            afterCommit.publish(eventIds);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Events {} left for the sweeper: {}", eventIds, e.toString());
        }
    }

    /**
     * The oldest unpublished events that are due: older than {@code occurredBefore} (their writer had
     * its chance to publish them) and not backing off after a failure. Locked for this transaction;
     * rows another relay holds are skipped rather than waited for, so concurrent relays never publish
     * the same row twice.
     */
    List<Pending> lockDue(Connection transaction, Instant occurredBefore, Instant now, int limit) throws SQLException {
        try (PreparedStatement select = transaction.prepareStatement(SELECT_PENDING
                + " AND occurred_at <= ? AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
                + " ORDER BY occurred_at, id LIMIT ? FOR UPDATE SKIP LOCKED")) {
            select.setObject(1, utc(occurredBefore));
            select.setObject(2, utc(now));
            select.setInt(3, limit);
            return pending(select);
        }
    }

    /** These events, if still unpublished and not held by another relay, locked for this transaction. */
    List<Pending> lockUnpublished(Connection transaction, Collection<UUID> eventIds) throws SQLException {
        try (PreparedStatement select = transaction.prepareStatement(
                SELECT_PENDING + " AND event_id = ANY (?) ORDER BY id FOR UPDATE SKIP LOCKED")) {
            select.setArray(1, transaction.createArrayOf("uuid", eventIds.toArray()));
            return pending(select);
        }
    }

    private static List<Pending> pending(PreparedStatement select) throws SQLException {
        List<Pending> pending = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                pending.add(new Pending(
                        rows.getLong(1),
                        rows.getInt(7),
                        new OutboxEvent(
                                rows.getObject(2, UUID.class),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                instant(rows, "occurred_at"))));
            }
        }
        return pending;
    }

    void markPublished(Connection transaction, long id, Instant at) throws SQLException {
        try (PreparedStatement update = transaction.prepareStatement(
                "UPDATE outbox SET published_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")) {
            update.setObject(1, utc(at));
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    void markFailed(Connection transaction, long id, String error, Instant nextAttemptAt) throws SQLException {
        try (PreparedStatement update = transaction.prepareStatement(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?")) {
            update.setString(1, error);
            update.setObject(2, utc(nextAttemptAt));
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    record Pending(long id, int attempts, OutboxEvent event) {}
}
