package com.sneakers.marketplace.identity;

import java.time.Clock;
import java.util.List;

/** A user's address book. Every call is scoped to the user: someone else's address is not found. */
public final class AddressService {
    private final AddressRepository addresses;
    private final Clock clock;

    public AddressService(AddressRepository addresses, Clock clock) {
        this.addresses = addresses;
        this.clock = clock;
    }

    public List<Address> addresses(long userId) {
        return addresses.findByUser(userId);
    }

    public CreateAddressResult create(long userId, AddressForm form) {
        FieldErrors errors = new FieldErrors();
        AddressFields fields = form.validate(errors);
        if (errors.any()) {
            return errors.refusal();
        }
        return new AddressSaved(addresses.insert(userId, fields, clock.instant()));
    }

    public UpdateAddressResult update(long userId, long addressId, AddressForm form) {
        FieldErrors errors = new FieldErrors();
        AddressFields fields = form.validate(errors);
        if (errors.any()) {
            return errors.refusal();
        }
        return addresses
                .update(userId, addressId, fields, clock.instant())
                .<UpdateAddressResult>map(AddressSaved::new)
                .orElseGet(NotFound::new);
    }

    public DeleteAddressResult delete(long userId, long addressId) {
        return addresses.delete(userId, addressId, clock.instant())
                ? new DeleteAddressResult.Deleted()
                : new NotFound();
    }
}
