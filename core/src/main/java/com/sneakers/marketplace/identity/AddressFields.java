package com.sneakers.marketplace.identity;

/** A validated address, trimmed, with its country code upper-case; optional fields may be null. */
public record AddressFields(
        AddressType type,
        boolean isDefault,
        String fullName,
        String line1,
        String line2,
        String city,
        String state,
        String postalCode,
        String country,
        String phone) {}
