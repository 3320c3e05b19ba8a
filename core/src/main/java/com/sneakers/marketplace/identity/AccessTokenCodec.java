package com.sneakers.marketplace.identity;

/** Signs access tokens and checks presented ones: signature, algorithm, expiry, issuer, audience, claims. */
public interface AccessTokenCodec {

    String sign(AccessTokenClaims claims);

    /** The token's caller, or why it is refused; never consults revocations. */
    Authentication verify(String token);
}
