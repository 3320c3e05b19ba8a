package com.sneakers.marketplace.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where users' addresses are kept. Every method is scoped to the owner: another user's address id
 * behaves exactly like a missing one. Saving a default address clears the owner's previous default of
 * the same type in the same transaction.
 */
public interface AddressRepository {

    List<Address> findByUser(long userId);

    Address insert(long userId, AddressFields fields, Instant at);

    /** The replaced address, or empty (and nothing changed) when the user has no address with this id. */
    Optional<Address> update(long userId, long addressId, AddressFields fields, Instant at);

    /**
     * Whether the user had an address with this id; it leaves the address book, but orders that ship
     * to it keep it.
     */
    boolean delete(long userId, long addressId, Instant at);
}
