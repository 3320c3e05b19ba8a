package com.sneakers.marketplace.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Collects the first problem of each field while an input is checked. */
final class FieldErrors {
    private final Map<String, String> byField = new LinkedHashMap<>();

    void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    /** The value, made only when no field had a problem. */
    <T> Validated<T> validated(Supplier<T> value) {
        return byField.isEmpty() ? new Validated<>(value.get(), Map.of()) : new Validated<>(null, byField);
    }
}
