package com.sneakers.marketplace.identity;

/** One-way password hashing. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);

    /**
     * A hash of the same cost as real ones that no password matches: checking against it makes a
     * login with an unknown email as slow as one with a wrong password.
     */
    String dummyHash();
}
