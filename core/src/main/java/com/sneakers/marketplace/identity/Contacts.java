package com.sneakers.marketplace.identity;

import java.util.Optional;

/** Identity's port for other contexts: how to reach a user. */
public interface Contacts {

    Optional<String> emailOf(UserId userId);
}
