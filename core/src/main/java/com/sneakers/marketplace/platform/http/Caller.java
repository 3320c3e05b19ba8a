package com.sneakers.marketplace.platform.http;

import java.time.Instant;
import java.util.Set;

/** Who made an authenticated request: the access token's subject, roles and identity. */
public record Caller(long userId, Set<String> roles, String tokenId, Instant tokenExpiresAt) {
    public static final String ADMIN = "admin";

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }
}
