package com.sneakers.marketplace.platform.http;

/** Checks a bearer access token; implemented by the identity domain's token adapter. */
@FunctionalInterface
public interface AccessTokenVerifier {
    Verification verify(String token);

    sealed interface Verification {}

    record Verified(Caller caller) implements Verification {}

    record Rejected(String reason) implements Verification {}
}
