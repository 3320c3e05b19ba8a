package com.sneakers.marketplace.identity.adapter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.sneakers.marketplace.identity.ProfileForm;
import com.sneakers.marketplace.identity.ProfileService;
import com.sneakers.marketplace.identity.ProfileUpdateResult;
import com.sneakers.marketplace.identity.User;
import java.time.Duration;
import java.util.Optional;

/**
 * Keeps profiles in the container for a minute; an update through this instance replaces the
 * cached one at once, updates made elsewhere show once the entry expires.
 */
public final class CachingProfiles {
    private static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);
    private static final int MAX_ENTRIES = 10_000;

    private final ProfileService profiles;
    private final Cache<Long, Optional<User>> cache;

    /** The ticker measures the time to live: {@link Ticker#systemTicker()} outside tests. */
    public CachingProfiles(ProfileService profiles, Ticker ticker) {
        this.profiles = profiles;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(TIME_TO_LIVE)
                .maximumSize(MAX_ENTRIES)
                .ticker(ticker)
                .build();
    }

    public Optional<User> profile(long userId) {
        return cache.get(userId, profiles::profile);
    }

    public ProfileUpdateResult updateProfile(long userId, ProfileForm form) {
        ProfileUpdateResult result = profiles.updateProfile(userId, form);
        cache.invalidate(userId);
        return result;
    }
}
