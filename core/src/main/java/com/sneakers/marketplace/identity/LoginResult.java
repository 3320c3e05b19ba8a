package com.sneakers.marketplace.identity;

/** The outcome of a login. */
public sealed interface LoginResult permits SignedIn, LoginResult.InvalidCredentials {

    /** Unknown email or wrong password: deliberately one answer for both. */
    record InvalidCredentials() implements LoginResult {}
}
