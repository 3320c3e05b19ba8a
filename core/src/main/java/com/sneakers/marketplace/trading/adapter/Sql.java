package com.sneakers.marketplace.trading.adapter;

import com.sneakers.marketplace.trading.Side;

/** The pieces of SQL every trading statement shares. */
final class Sql {
    /** The statuses of offers still on the book; the book indexes are partial on exactly these. */
    static final String LIVE = "status IN ('active', 'partially_filled')";

    private Sql() {}

    static String table(Side side) {
        return side == Side.BID ? "bids" : "asks";
    }
}
