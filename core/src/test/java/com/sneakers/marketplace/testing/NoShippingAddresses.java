package com.sneakers.marketplace.testing;

import com.sneakers.marketplace.identity.ShippingAddresses;
import java.util.Optional;

/** Buyers without saved addresses, for order rules that do not depend on them. */
public final class NoShippingAddresses implements ShippingAddresses {
    @Override
    public Optional<Long> defaultFor(long userId) {
        return Optional.empty();
    }

    @Override
    public boolean isShippingAddressOf(long userId, long addressId) {
        return false;
    }
}
