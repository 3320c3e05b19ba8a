package com.sneakers.marketplace.payments.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.platform.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * A Stripe event (the wire format) read from its JSON by hand, whatever API version stamped it: stripe-java's typed
 * objects come back empty for versions other than its own (localstripe stamps an old one).
 * {@code object} is {@code data.object}, the Stripe object the event is about.
 */
public record StripeEvent(String id, String type, Instant created, Optional<String> apiVersion, JsonNode object) {

    public String objectId() {
        return object.path("id").asText();
    }

    public String objectType() {
        return object.path("object").asText();
    }

    /** Parses an event; {@link IllegalArgumentException} when the bytes are not one. */
    public static StripeEvent parse(byte[] json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("The body is not JSON", e);
        }
        if (root == null
                || !root.isObject()
                || !"event".equals(root.path("object").asText())) {
            throw new IllegalArgumentException("The body is not a Stripe event");
        }
        String id = root.path("id").asText("");
        String type = root.path("type").asText("");
        JsonNode created = root.path("created");
        JsonNode object = root.path("data").path("object");
        if (id.isEmpty() || type.isEmpty() || !created.canConvertToLong() || !object.isObject()) {
            throw new IllegalArgumentException("The event lacks id, type, created or data.object");
        }
        JsonNode apiVersion = root.path("api_version");
        return new StripeEvent(
                id,
                type,
                Instant.ofEpochSecond(created.asLong()),
                apiVersion.isTextual() ? Optional.of(apiVersion.asText()) : Optional.empty(),
                object);
    }
}
