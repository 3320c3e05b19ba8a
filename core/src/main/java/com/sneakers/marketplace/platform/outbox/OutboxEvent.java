package com.sneakers.marketplace.platform.outbox;

import com.sneakers.marketplace.platform.events.EventDetail;
import com.sneakers.marketplace.platform.json.Json;
import java.time.Instant;
import java.util.UUID;

/**
 * A domain event on its way to the EventBridge bus: {@code source} is {@code marketplace.<domain>},
 * {@code detailType} the event name (such as {@code match.created}), {@code detail} its JSON facts.
 */
public record OutboxEvent(UUID eventId, String source, String detailType, String detail, Instant occurredAt) {

    /** The event of a contract's {@code detail}, written as JSON. */
    public static OutboxEvent of(String source, String detailType, EventDetail detail) {
        return new OutboxEvent(detail.eventId(), source, detailType, Json.write(detail), detail.occurredAt());
    }
}
