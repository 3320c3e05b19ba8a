package com.sneakers.marketplace.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The detail of a domain event as one record shared by its producer and its consumers. Each contract
 * names its {@code source} and detail type(s) as constants; its components are the detail's snake_case
 * fields as {@link com.sneakers.marketplace.platform.json.Json} writes them.
 */
public interface EventDetail {
    UUID eventId();

    Instant occurredAt();
}
