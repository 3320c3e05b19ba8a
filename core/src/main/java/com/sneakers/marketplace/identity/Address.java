package com.sneakers.marketplace.identity;

import java.time.Instant;

/** One of a user's saved addresses; {@code line2}, {@code state} and {@code phone} may be null. */
public record Address(
        long id,
        AddressType type,
        boolean isDefault,
        String fullName,
        String line1,
        String line2,
        String city,
        String state,
        String postalCode,
        String country,
        String phone,
        Instant createdAt,
        Instant updatedAt) {}
