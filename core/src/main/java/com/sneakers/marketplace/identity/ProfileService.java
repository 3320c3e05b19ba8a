package com.sneakers.marketplace.identity;

import java.time.Clock;
import java.util.Optional;

/** A user's own profile: name and phone. The email is not changed here. */
public final class ProfileService {
    private final UserRepository users;
    private final Clock clock;

    public ProfileService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    public Optional<User> profile(long userId) {
        return users.findById(userId);
    }

    public ProfileUpdateResult updateProfile(long userId, ProfileForm form) {
        FieldErrors errors = new FieldErrors();
        PersonalDetails details = form.validate(errors);
        if (errors.any()) {
            return errors.refusal();
        }
        return users.updateDetails(userId, details, clock.instant())
                .<ProfileUpdateResult>map(ProfileUpdateResult.Updated::new)
                .orElseGet(NotFound::new);
    }
}
