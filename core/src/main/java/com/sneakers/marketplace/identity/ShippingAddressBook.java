package com.sneakers.marketplace.identity;

import java.util.Optional;

/** A user's shipping addresses, read from their address book. */
public final class ShippingAddressBook implements ShippingAddresses {
    private final AddressRepository addresses;

    public ShippingAddressBook(AddressRepository addresses) {
        this.addresses = addresses;
    }

    @Override
    public Optional<Long> defaultFor(UserId userId) {
        return addresses.findByUser(userId.value()).stream()
                .filter(address -> address.type() == AddressType.SHIPPING && address.isDefault())
                .map(Address::id)
                .findFirst();
    }

    @Override
    public boolean isShippingAddressOf(UserId userId, long addressId) {
        return addresses.findByUser(userId.value()).stream()
                .anyMatch(address -> address.id() == addressId && address.type() == AddressType.SHIPPING);
    }
}
