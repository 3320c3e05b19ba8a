package com.sneakers.marketplace.identity;

import java.util.Optional;

/** Users' contact details, read from the user records. */
public final class UserContacts implements Contacts {
    private final UserRepository users;

    public UserContacts(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<String> emailOf(UserId userId) {
        return users.findById(userId.value()).map(User::email);
    }
}
