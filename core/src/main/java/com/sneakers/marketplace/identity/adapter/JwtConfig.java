package com.sneakers.marketplace.identity.adapter;

import com.sneakers.marketplace.platform.config.Settings;

/**
 * How access tokens are signed: the Secrets Manager secret whose value is the HMAC key (at least 32
 * bytes), and the issuer and audience every token names.
 */
public record JwtConfig(String secretId, String issuer, String audience) {
    static final String SECRET = "JWT_SECRET_ARN";
    static final String ISSUER = "JWT_ISSUER";
    static final String AUDIENCE = "JWT_AUDIENCE";
    static final String DEFAULT_ISSUER = "sneakers-marketplace";
    static final String DEFAULT_AUDIENCE = "sneakers-marketplace-api";

    public static JwtConfig from(Settings settings) {
        return new JwtConfig(
                settings.required(SECRET),
                settings.orDefault(ISSUER, DEFAULT_ISSUER),
                settings.orDefault(AUDIENCE, DEFAULT_AUDIENCE));
    }
}
