package com.sneakers.marketplace.identity;

import com.sneakers.marketplace.identity.RefreshResult.Refused;
import com.sneakers.marketplace.identity.RefreshResult.Refused.Reason;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens after sign-in: checks access tokens, rotates refresh tokens (a reused one revokes its whole
 * family) and ends sessions at logout.
 */
public final class SessionService {
    private static final Logger LOG = LoggerFactory.getLogger(SessionService.class);

    private final AccessTokenCodec accessTokens;
    private final SessionStore store;
    private final UserRepository users;
    private final Clock clock;

    public SessionService(AccessTokenCodec accessTokens, SessionStore store, UserRepository users, Clock clock) {
        this.accessTokens = accessTokens;
        this.store = store;
        this.users = users;
        this.clock = clock;
    }

    /** The caller behind a bearer token (without the {@code Bearer } prefix), or why it is refused. */
    public Authentication authenticate(String accessToken) {
        Authentication verdict = accessTokens.verify(accessToken);
        if (verdict instanceof Authenticated caller && store.isAccessTokenDenied(caller.jti())) {
            return new Unauthenticated(Unauthenticated.Reason.REVOKED);
        }
        return verdict;
    }

    /**
     * Exchanges a refresh token for a new pair and retires it. Presenting a token that was already
     * used, including losing a race for it, revokes every token of its family: the system cannot tell
     * the user from a thief, so both must log in again. Clients therefore refresh one at a time.
     */
    public RefreshResult refresh(String refreshToken) {
        Instant now = clock.instant();
        Optional<StoredRefreshToken> stored = Optional.ofNullable(refreshToken)
                .filter(token -> !token.isBlank())
                .map(RefreshTokens::hash)
                .flatMap(store::findRefreshToken);
        if (stored.isEmpty()) {
            return new Refused(Reason.UNKNOWN);
        }
        StoredRefreshToken token = stored.get();
        if (!token.expiresAt().isAfter(now)) {
            return new Refused(Reason.EXPIRED);
        }
        if (!store.isFamilyActive(token.familyId(), now)) {
            return new Refused(Reason.REVOKED);
        }
        if (token.used() || !store.markUsed(token.tokenHash(), now)) {
            LOG.warn("Refresh token reused: revoking session family {} of user {}", token.familyId(), token.userId());
            store.revokeFamily(token.familyId());
            return new Refused(Reason.REUSED);
        }
        Optional<User> user = users.findById(token.userId());
        if (user.isEmpty()) {
            return new Refused(Reason.UNKNOWN);
        }
        Instant refreshExpiry = now.plus(TokenPolicy.REFRESH_TOKEN_LIFETIME);
        store.extendFamily(token.familyId(), refreshExpiry);
        return new SignedIn(user.get(), issue(user.get(), token.familyId(), now, refreshExpiry));
    }

    /**
     * Ends the caller's session: their access token is refused from now on, and when they present a
     * refresh token of their own, its whole family is revoked. Someone else's refresh token is ignored.
     */
    public void logout(Authenticated caller, Optional<String> refreshToken) {
        store.denyAccessToken(caller.jti(), caller.expiresAt().plus(TokenPolicy.CLOCK_SKEW));
        refreshToken
                .map(RefreshTokens::hash)
                .flatMap(store::findRefreshToken)
                .filter(token -> token.userId() == caller.userId())
                .ifPresent(token -> store.revokeFamily(token.familyId()));
    }

    /** Opens a new session family for a user who just proved who they are. */
    TokenPair start(User user) {
        Instant now = clock.instant();
        Instant refreshExpiry = now.plus(TokenPolicy.REFRESH_TOKEN_LIFETIME);
        String familyId = UUID.randomUUID().toString();
        store.saveFamily(new SessionFamily(familyId, user.id(), refreshExpiry));
        return issue(user, familyId, now, refreshExpiry);
    }

    private TokenPair issue(User user, String familyId, Instant now, Instant refreshExpiry) {
        String refreshToken = RefreshTokens.generate();
        store.saveRefreshToken(
                new StoredRefreshToken(RefreshTokens.hash(refreshToken), user.id(), familyId, false, refreshExpiry));
        String accessToken = accessTokens.sign(new AccessTokenClaims(
                user.id(),
                user.roles(),
                UUID.randomUUID().toString(),
                now,
                now.plus(TokenPolicy.ACCESS_TOKEN_LIFETIME)));
        return new TokenPair(accessToken, refreshToken, TokenPolicy.ACCESS_TOKEN_LIFETIME.toSeconds());
    }
}
