package com.sneakers.marketplace.identity;

import java.util.Optional;

/** Identity's port for other contexts: which of a user's saved addresses they ship to. */
public interface ShippingAddresses {

    Optional<Long> defaultFor(UserId userId);

    boolean isShippingAddressOf(UserId userId, long addressId);
}
