package com.sneakers.marketplace.platform.outbox;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes events to the bus; answers which were refused and why (the rest were accepted). */
public interface EventPublisher {
    Map<UUID, String> publish(List<OutboxEvent> events);
}
