package com.sneakers.marketplace.identity;

/** A refused access token; the reason is for logs and tests, a client only learns it was refused. */
public record Unauthenticated(Reason reason) implements Authentication {

    public enum Reason {
        /** Not a JWT at all, or one whose parts cannot be decoded. */
        MALFORMED,
        /** Unsigned ({@code alg: none}) or signed with anything but HS256. */
        UNSUPPORTED_ALGORITHM,
        BAD_SIGNATURE,
        EXPIRED,
        WRONG_ISSUER,
        WRONG_AUDIENCE,
        /** A required claim is missing or not of the expected shape. */
        INVALID_CLAIMS,
        /** Its {@code jti} was denied by a logout. */
        REVOKED
    }
}
