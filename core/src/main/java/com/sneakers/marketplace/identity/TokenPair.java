package com.sneakers.marketplace.identity;

/**
 * What a client holds after signing in: a short-lived access token, a refresh token to renew it, and
 * the access token's lifetime in seconds (OAuth's {@code expires_in}). The access token is sent as a
 * {@link #TOKEN_TYPE} token.
 */
public record TokenPair(String accessToken, String refreshToken, long expiresIn) {
    public static final String TOKEN_TYPE = "Bearer";

    @Override
    public String toString() {
        return "TokenPair[expiresIn=" + expiresIn + "]";
    }
}
