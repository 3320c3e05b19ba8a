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

    @Override
    public Map<UUID, String> publish(List<OutboxEvent> events) {
        published.addAll(events);
        return Map.of();
    }

    public List<OutboxEvent> published() {
        return List.copyOf(published);
    }
}
