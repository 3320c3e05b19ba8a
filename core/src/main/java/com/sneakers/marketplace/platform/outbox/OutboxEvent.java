package com.sneakers.marketplace.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A domain event on its way to the EventBridge bus: {@code source} is {@code marketplace.<domain>},
 * {@code detailType} the event name (such as {@code match.created}), {@code detail} its JSON facts.
 */
public record OutboxEvent(UUID eventId, String source, String detailType, String detail, Instant occurredAt) {}
