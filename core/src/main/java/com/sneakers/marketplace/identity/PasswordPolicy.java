package com.sneakers.marketplace.identity;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What a new password must be: long enough, more than a number, and within the 72 bytes bcrypt reads. */
final class PasswordPolicy {
    static final int MIN_CHARACTERS = 8;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {}

    /** Why the password is refused, or empty when it is acceptable. */
    static Optional<String> problem(String password) {
        if (password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            return Optional.of("must be at least " + MIN_CHARACTERS + " characters");
        }
        if (password.chars().allMatch(Character::isDigit)) {
            return Optional.of("must not be only digits");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes");
        }
        return Optional.empty();
    }
}
