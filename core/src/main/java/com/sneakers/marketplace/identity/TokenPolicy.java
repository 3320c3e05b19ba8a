package com.sneakers.marketplace.identity;

import java.time.Duration;

/** How long tokens live. */
public final class TokenPolicy {
    public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);
    public static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);
    /** How far the clocks of the signer and the verifier may disagree; an access token lives this much longer. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private TokenPolicy() {}
}
