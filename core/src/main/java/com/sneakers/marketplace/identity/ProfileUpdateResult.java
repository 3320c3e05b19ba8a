package com.sneakers.marketplace.identity;

/** The outcome of a profile update. */
public sealed interface ProfileUpdateResult permits ProfileUpdateResult.Updated, ValidationFailed, NotFound {

    record Updated(User user) implements ProfileUpdateResult {}
}
