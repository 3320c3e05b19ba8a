package com.sneakers.marketplace.platform.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
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

    private final DataSource dataSource;
    private final Outbox outbox;
    private final EventPublisher publisher;
    private final Clock clock;

    public OutboxRelay(DataSource dataSource, Outbox outbox, EventPublisher publisher, Clock clock) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** What one relay run did. */
    public record Result(int published, int failed) {}

    public Result relay(int maxEvents) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Outbox.Pending> pending = outbox.lockUnpublished(connection, maxEvents);
                Map<UUID, String> refused = publisher.publish(
                        pending.stream().map(Outbox.Pending::event).toList());
                for (Outbox.Pending event : pending) {
                    String error = refused.get(event.event().eventId());
                    if (error == null) {
                        outbox.markPublished(connection, event.id(), clock.instant());
                    } else {
                        LOG.warn(
                                "Event {} ({}) not published: {}",
                                event.event().eventId(),
                                event.event().detailType(),
                                error);
                        outbox.markFailed(connection, event.id(), error);
                    }
                }
                connection.commit();
                return new Result(pending.size() - refused.size(), refused.size());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
