package com.sneakers.marketplace.orders;

import java.util.Locale;

/** Who makes a transition; written to the order's history as {@code created_by}. */
public enum Actor {
    BUYER,
    SELLER,
    ADMIN,
    SYSTEM;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
