package com.sneakers.marketplace.identity;

/** The outcome of adding an address. */
public sealed interface CreateAddressResult permits AddressSaved, ValidationFailed {}
