package com.sneakers.marketplace.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.platform.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * An EventBridge event as a rule delivers it to an SQS queue: the message body is the whole event,
 * {@code detail} holds the domain facts. Reading a fact that is missing or of the wrong shape throws
 * {@link MalformedEvent}: such a message can never succeed, and the consumer reports it as failed so
 * it ends in the dead-letter queue.
 */
public final class EventEnvelope {
    private final String id;
    private final String source;
    private final String detailType;
    private final JsonNode detail;

    private EventEnvelope(String id, String source, String detailType, JsonNode detail) {
        this.id = id;
        this.source = source;
        this.detailType = detailType;
        this.detail = detail;
    }

    public static EventEnvelope parse(String body) {
        JsonNode event;
        try {
            event = Json.mapper().readTree(body == null ? "" : body);
        } catch (IOException e) {
            throw new MalformedEvent("the message body is not JSON");
        }
        if (event == null || !event.path("detail").isObject()) {
            throw new MalformedEvent("the message is not an EventBridge event with a detail object");
        }
        return new EventEnvelope(
                event.path("id").asText(""),
                event.path("source").asText(""),
                event.path("detail-type").asText(""),
                event.path("detail"));
    }

    /** Refuses an event of another type than the consumer handles. */
    public EventEnvelope expecting(String expectedDetailType) {
        if (!detailType.equals(expectedDetailType)) {
            throw new MalformedEvent("expected a " + expectedDetailType + " event, got '" + detailType + "'");
        }
        return this;
    }

    public String id() {
        return id;
    }

    public String source() {
        return source;
    }

    public String detailType() {
        return detailType;
    }

    public long requiredLong(String field) {
        JsonNode value = detail.path(field);
        if (!value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            throw missing(field, "a whole number");
        }
        return value.asLong();
    }

    public int requiredPositiveInt(String field) {
        long value = requiredLong(field);
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw missing(field, "a positive whole number");
        }
        return (int) value;
    }

    public String requiredText(String field) {
        JsonNode value = detail.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw missing(field, "text");
        }
        return value.asText();
    }

    public boolean optionalBoolean(String field) {
        return detail.path(field).asBoolean(false);
    }

    /** A money amount: a decimal string of at most two decimals, never negative. */
    public BigDecimal requiredAmount(String field) {
        try {
            BigDecimal amount = new BigDecimal(requiredText(field));
            if (amount.signum() < 0 || amount.scale() > 2) {
                throw missing(field, "a non-negative amount with at most two decimals");
            }
            return amount.setScale(2);
        } catch (NumberFormatException e) {
            throw missing(field, "a decimal amount");
        }
    }

    public String requiredCurrency(String field) {
        String currency = requiredText(field);
        if (!currency.matches("[A-Z]{3}")) {
            throw missing(field, "a three-letter ISO currency code");
        }
        return currency;
    }

    public Instant requiredInstant(String field) {
        try {
            return Instant.parse(requiredText(field));
        } catch (DateTimeParseException e) {
            throw missing(field, "an ISO-8601 instant");
        }
    }

    private MalformedEvent missing(String field, String expected) {
        return new MalformedEvent(detailType + " event " + id + ": detail." + field + " must be " + expected);
    }
}
