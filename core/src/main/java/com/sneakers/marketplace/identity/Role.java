package com.sneakers.marketplace.identity;

import java.util.Arrays;
import java.util.Optional;

/** What an account may do. Every account is a {@code user}; an {@code admin} is a user with more rights. */
public enum Role {
    USER("user"),
    ADMIN("admin");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** The name in the database and in the access token's {@code roles} claim. */
    public String code() {
        return code;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }
}
