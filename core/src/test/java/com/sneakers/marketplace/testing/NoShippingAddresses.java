package com.sneakers.marketplace.testing;

import com.sneakers.marketplace.identity.ShippingAddresses;
import com.sneakers.marketplace.identity.UserId;
import java.util.Optional;

/** Buyers without saved addresses, for order rules that do not depend on them. */
public final class NoShippingAddresses implements ShippingAddresses {
    @Override
    public Optional<Long> defaultFor(UserId userId) {
        return Optional.empty();
    }

    @Override
    public boolean isShippingAddressOf(UserId userId, long addressId) {
        return false;
    }
}
