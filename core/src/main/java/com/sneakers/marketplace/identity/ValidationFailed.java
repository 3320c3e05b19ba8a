package com.sneakers.marketplace.identity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The input broke a rule: what is wrong, per field (snake_case field name → message), in form order. */
public record ValidationFailed(Map<String, String> errors)
        implements RegisterResult, ProfileUpdateResult, CreateAddressResult, UpdateAddressResult, BootstrapAdminResult {

    public ValidationFailed {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }
}
