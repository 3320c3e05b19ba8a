package com.sneakers.marketplace.platform.outbox;

import com.sneakers.marketplace.platform.db.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes what the outbox holds and marks it published. An event whose publishing fails stays in
 * the outbox with its error and is tried again on the next run; an event is never dropped. Delivery
 * is at least once (a crash between publishing and commit publishes again), so consumers dedupe by
 * {@code event_id}.
 */
public final class OutboxRelay {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    /** How long the writer of an event has to publish it before the sweeper does. */
    static final Duration WRITER_GRACE = Duration.ofSeconds(10);

    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(15);

    private final Transactions transactions;
    private final Outbox outbox;
    private final EventPublisher publisher;
    private final Clock clock;

    public OutboxRelay(DataSource dataSource, Outbox outbox, EventPublisher publisher, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.outbox = outbox;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** What one relay run did. */
    public record Result(int published, int failed) {}

    /** For the sweeper: publishes events left behind, oldest first, honouring each one's backoff. */
    public Result relayDue(int maxEvents) throws SQLException {
        Instant now = clock.instant();
        return inTransaction(connection -> outbox.lockDue(connection, now.minus(WRITER_GRACE), now, maxEvents));
    }

    /** For the writer, right after its commit: publishes the events it just appended. */
    public Result publish(Collection<UUID> eventIds) throws SQLException {
        if (eventIds.isEmpty()) {
            return new Result(0, 0);
        }
        return inTransaction(connection -> outbox.lockUnpublished(connection, eventIds));
    }

    private Result inTransaction(Transactions.Work<List<Outbox.Pending>> selection) throws SQLException {
        return transactions.inTransaction(connection -> publish(connection, selection.run(connection)));
    }

    private Result publish(Connection connection, List<Outbox.Pending> pending) throws SQLException {
        Map<UUID, String> refused =
                publisher.publish(pending.stream().map(Outbox.Pending::event).toList());
        Instant now = clock.instant();
        for (Outbox.Pending event : pending) {
            String error = refused.get(event.event().eventId());
            if (error == null) {
                outbox.markPublished(connection, event.id(), now);
            } else {
                LOG.warn(
                        "Event {} ({}) not published: {}",
                        event.event().eventId(),
                        event.event().detailType(),
                        error);
                outbox.markFailed(connection, event.id(), error, now.plus(backoff(event.attempts())));
            }
        }
        return new Result(pending.size() - refused.size(), refused.size());
    }

    /** 30 s after the first failure, doubling up to 15 minutes. */
    static Duration backoff(int previousAttempts) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(previousAttempts, 10));
        return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
    }
}
