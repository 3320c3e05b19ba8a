package com.sneakers.marketplace.identity;

import java.time.Instant;

/** A refresh token as stored: by its SHA-256 hash, never by its value. */
public record StoredRefreshToken(String tokenHash, long userId, String familyId, boolean used, Instant expiresAt) {}
