package com.sneakers.marketplace.orders;

/** Which side of their orders a user lists. */
public enum OrderRole {
    BUYER,
    SELLER
}
