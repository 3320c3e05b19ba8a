package com.sneakers.marketplace.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A checked input: its normalised value when valid, else a message per snake_case field. */
public record Validated<T>(T value, Map<String, String> errors) {

    public Validated {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
