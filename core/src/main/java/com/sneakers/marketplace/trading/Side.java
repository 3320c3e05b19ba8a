package com.sneakers.marketplace.trading;

/** The two sides of a book: bids to buy, asks to sell. */
public enum Side {
    BID,
    ASK;

    public Side opposite() {
        return this == BID ? ASK : BID;
    }
}
