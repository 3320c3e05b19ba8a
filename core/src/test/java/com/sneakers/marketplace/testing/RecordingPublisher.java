package com.sneakers.marketplace.testing;

import com.sneakers.marketplace.platform.outbox.EventPublisher;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import com.sneakers.marketplace.platform.outbox.OutboxRelay;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/** A bus that accepts every event and remembers it, for tests of the code that publishes. */
public final class RecordingPublisher implements EventPublisher {
    private final List<OutboxEvent> published = new CopyOnWriteArrayList<>();

    /** An outbox relay over the real outbox table that publishes here. */
    public OutboxRelay relay(DataSource database, Clock clock) {
        return new OutboxRelay(database, new Outbox(), this, clock);
    }

    /** An outbox over the real outbox table that publishes here after each commit. */
    public Outbox outbox(DataSource database, Clock clock) {
        return Outbox.publishingAfterCommit(database, this, clock);
    }

    @Override
    public Map<UUID, String> publish(List<OutboxEvent> events) {
        published.addAll(events);
        return Map.of();
    }

    public List<OutboxEvent> published() {
        return List.copyOf(published);
    }

    /** What was published since {@code earlier} was taken from {@link #published()}. */
    public List<OutboxEvent> publishedSince(List<OutboxEvent> earlier) {
        return published().subList(earlier.size(), published.size());
    }

    /** What was published from {@code source}, oldest first. */
    public List<OutboxEvent> publishedFrom(String source) {
        return published().stream()
                .filter(event -> event.source().equals(source))
                .toList();
    }
}
