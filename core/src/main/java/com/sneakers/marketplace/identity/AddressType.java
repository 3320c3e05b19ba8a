package com.sneakers.marketplace.identity;

import java.util.Arrays;
import java.util.Optional;

/** What an address is for; a user has at most one default address of each type. */
public enum AddressType {
    SHIPPING("shipping"),
    BILLING("billing");

    private final String code;

    AddressType(String code) {
        this.code = code;
    }

    /** The name in the database and in the API. */
    public String code() {
        return code;
    }

    public static Optional<AddressType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
