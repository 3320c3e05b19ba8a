package com.sneakers.marketplace.trading;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The request broke the rules: a message per snake_case field, such as {@code expires_in_days}. */
public record Invalid(Map<String, String> errors) implements PlaceResult {

    public Invalid {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }
}
