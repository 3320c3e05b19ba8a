package com.sneakers.marketplace.identity;

import java.time.Instant;
import java.util.List;

/** What an access token says: who, with which roles, under which id, from when until when. */
public record AccessTokenClaims(long userId, List<Role> roles, String jti, Instant issuedAt, Instant expiresAt) {
    public AccessTokenClaims {
        roles = List.copyOf(roles);
    }
}
