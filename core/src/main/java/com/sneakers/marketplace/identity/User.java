package com.sneakers.marketplace.identity;

import java.time.Instant;
import java.util.List;

/** An account as the rest of the system sees it, never with its password hash. {@code phone} may be null. */
public record User(
        long id,
        String email,
        String firstName,
        String lastName,
        String phone,
        Role role,
        Instant createdAt,
        Instant updatedAt) {

    /** The roles an access token carries: an admin is a user too. */
    public List<Role> roles() {
        return role == Role.ADMIN ? List.of(Role.USER, Role.ADMIN) : List.of(Role.USER);
    }
}
