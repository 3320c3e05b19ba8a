package com.sneakers.marketplace.identity;

import java.time.Instant;
import java.util.List;

/** A valid access token: the caller of the request. */
public record Authenticated(long userId, List<Role> roles, String jti, Instant expiresAt) implements Authentication {
    public Authenticated {
        roles = List.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
