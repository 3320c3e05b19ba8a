package com.sneakers.marketplace.identity;

/** The id of a user, typed so that it cannot be passed where another kind of id is meant. */
public record UserId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
