package com.sneakers.marketplace.identity;

import java.time.Instant;

/** An account about to be stored: validated, normalised and with its password already hashed. */
public record NewUser(String email, String passwordHash, PersonalDetails details, Role role, Instant createdAt) {
    @Override
    public String toString() {
        return "NewUser[" + email + ", " + role + "]";
    }
}
