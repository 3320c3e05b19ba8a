package com.sneakers.marketplace.identity;

/** An account with the hash its password is checked against; only the login ever needs it. */
public record UserCredentials(User user, String passwordHash) {
    @Override
    public String toString() {
        return "UserCredentials[" + user + "]";
    }
}
