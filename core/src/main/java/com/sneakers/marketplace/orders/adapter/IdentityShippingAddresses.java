package com.sneakers.marketplace.orders.adapter;

import com.sneakers.marketplace.identity.Address;
import com.sneakers.marketplace.identity.AddressRepository;
import com.sneakers.marketplace.identity.AddressType;
import com.sneakers.marketplace.orders.ShippingAddresses;
import java.util.Optional;

/** A buyer's shipping addresses, as the identity domain keeps them. */
final class IdentityShippingAddresses implements ShippingAddresses {
    private final AddressRepository addresses;

    IdentityShippingAddresses(AddressRepository addresses) {
        this.addresses = addresses;
    }

    @Override
    public Optional<Long> defaultFor(long userId) {
        return addresses.findByUser(userId).stream()
                .filter(address -> address.type() == AddressType.SHIPPING && address.isDefault())
                .map(Address::id)
                .findFirst();
    }

    @Override
    public boolean isShippingAddressOf(long userId, long addressId) {
        return addresses.findByUser(userId).stream()
                .anyMatch(address -> address.id() == addressId && address.type() == AddressType.SHIPPING);
    }
}
