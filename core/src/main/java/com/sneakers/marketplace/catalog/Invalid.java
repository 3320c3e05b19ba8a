package com.sneakers.marketplace.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The request broke the rules: a message per snake_case field, such as {@code page_size}. */
public record Invalid(Map<String, String> errors) implements ListResult, CreateResult, UpdateResult, AddSizeResult {

    public Invalid {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }
}
