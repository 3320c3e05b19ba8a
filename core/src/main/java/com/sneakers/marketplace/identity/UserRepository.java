package com.sneakers.marketplace.identity;

import java.time.Instant;
import java.util.Optional;

/** Where accounts are kept. */
public interface UserRepository {

    /** Stores the account, or returns empty when its email is already taken. */
    Optional<User> insert(NewUser user);

    Optional<UserCredentials> findCredentialsByEmail(String normalisedEmail);

    Optional<User> findById(long userId);

    Optional<User> updateDetails(long userId, PersonalDetails details, Instant at);

    Optional<User> changeRole(long userId, Role role, Instant at);
}
