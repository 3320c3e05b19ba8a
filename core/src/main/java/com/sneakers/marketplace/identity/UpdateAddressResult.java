package com.sneakers.marketplace.identity;

/** The outcome of replacing an address. */
public sealed interface UpdateAddressResult permits AddressSaved, ValidationFailed, NotFound {}
