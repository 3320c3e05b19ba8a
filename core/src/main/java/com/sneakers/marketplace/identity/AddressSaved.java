package com.sneakers.marketplace.identity;

/** The address as stored after a create or an update. */
public record AddressSaved(Address address) implements CreateAddressResult, UpdateAddressResult {}
