package com.sneakers.marketplace.orders;

/** The id of an order, typed so that it cannot be passed where another kind of id is meant. */
public record OrderId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
