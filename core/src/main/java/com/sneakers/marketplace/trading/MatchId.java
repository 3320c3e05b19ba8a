package com.sneakers.marketplace.trading;

/** The id of a match, typed so that it cannot be passed where another kind of id is meant. */
public record MatchId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
