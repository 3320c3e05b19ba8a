package com.sneakers.marketplace.identity;

import java.time.Instant;

/** All refresh tokens descended from one login; revoking the family ends every one of them. */
public record SessionFamily(String familyId, long userId, Instant expiresAt) {}
