package com.sneakers.marketplace.identity;

import java.time.Instant;
import java.util.Optional;

/** Refresh-token sessions and denied access tokens. Every read is strongly consistent. */
public interface SessionStore {

    void saveFamily(SessionFamily family);

    /** Whether the family exists, has not expired and was not revoked. */
    boolean isFamilyActive(String familyId, Instant now);

    /** Keeps the family at least until its newest token expires. */
    void extendFamily(String familyId, Instant expiresAt);

    void revokeFamily(String familyId);

    void saveRefreshToken(StoredRefreshToken token);

    Optional<StoredRefreshToken> findRefreshToken(String tokenHash);

    /**
     * Marks an unused token used, atomically: of several concurrent calls for one token exactly one
     * returns true.
     */
    boolean markUsed(String tokenHash, Instant at);

    /** Refuses the access token with this {@code jti} until the given time. */
    void denyAccessToken(String jti, Instant until);

    boolean isAccessTokenDenied(String jti);
}
