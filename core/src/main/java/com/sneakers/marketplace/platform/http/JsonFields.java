package com.sneakers.marketplace.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the fields of a JSON request body, collecting one message per bad field instead of failing
 * on the first; {@link #validated()} then ends the request with a validation problem if any was bad.
 */
public final class JsonFields {
    private final JsonNode node;
    private final Map<String, String> errors = new LinkedHashMap<>();

    JsonFields(JsonNode node) {
        this.node = node;
    }

    public String requiredText(String field) {
        return optionalText(field).orElseGet(() -> {
            errors.putIfAbsent(field, "is required");
            return null;
        });
    }

    public Optional<String> optionalText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            errors.put(field, "must be a string");
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    public Optional<Boolean> optionalBoolean(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            errors.put(field, "must be true or false");
            return Optional.empty();
        }
        return Optional.of(value.asBoolean());
    }

    public Optional<Long> optionalLong(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.canConvertToExactIntegral() || !value.isNumber()) {
            errors.put(field, "must be a whole number");
            return Optional.empty();
        }
        return Optional.of(value.asLong());
    }

    public Long requiredLong(String field) {
        return optionalLong(field).orElseGet(() -> {
            errors.putIfAbsent(field, "is required");
            return null;
        });
    }

    /** A decimal given as a JSON string ("215.00") or number. */
    public Optional<BigDecimal> optionalDecimal(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText()));
        } catch (NumberFormatException e) {
            errors.put(field, "must be a decimal number such as \"215.00\"");
            return Optional.empty();
        }
    }

    public boolean has(String field) {
        return node.has(field);
    }

    public void reject(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** Ends the request with a 400 validation problem when any field was bad. */
    public JsonFields validated() {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        return this;
    }
}
