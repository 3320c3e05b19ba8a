package com.sneakers.marketplace.orders;

import java.util.Optional;

/** What orders needs to know of a buyer's saved addresses; the identity domain answers. */
public interface ShippingAddresses {

    Optional<Long> defaultFor(long userId);

    boolean isShippingAddressOf(long userId, long addressId);
}
