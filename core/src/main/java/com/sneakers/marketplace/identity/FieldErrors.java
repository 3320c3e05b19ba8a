package com.sneakers.marketplace.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What is wrong with a form, field by field, under the field names the API shows (snake_case). Only
 * the first problem of each field is kept.
 */
final class FieldErrors {
    private static final int MAX_PHONE_LENGTH = 30;
    /** E.164-ish: an optional {@code +}, then digits with the usual separators. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ().-]*");

    private static final int MIN_PHONE_DIGITS = 7;
    private static final int MAX_PHONE_DIGITS = 15;

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** The trimmed value; when it is blank or too long, null and an error. */
    String required(String field, String value, int maxLength) {
        String trimmed = trimToNull(value);
        if (trimmed == null) {
            reject(field, "is required");
            return null;
        }
        return withinLength(field, trimmed, maxLength);
    }

    /** The trimmed value, or null when it is blank; when it is too long, null and an error. */
    String optional(String field, String value, int maxLength) {
        String trimmed = trimToNull(value);
        return trimmed == null ? null : withinLength(field, trimmed, maxLength);
    }

    /** An optional phone number, trimmed; when it does not look like one, null and an error. */
    String phone(String field, String value) {
        String phone = optional(field, value, MAX_PHONE_LENGTH);
        if (phone == null) {
            return null;
        }
        long digits = phone.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(phone).matches() || digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) {
            reject(field, "must be a phone number such as +14155550123");
            return null;
        }
        return phone;
    }

    void reject(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    boolean any() {
        return !errors.isEmpty();
    }

    ValidationFailed refusal() {
        return new ValidationFailed(errors);
    }

    private String withinLength(String field, String value, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            reject(field, "must be at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    private static String trimToNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }
}
