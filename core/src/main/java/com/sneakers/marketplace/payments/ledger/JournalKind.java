package com.sneakers.marketplace.payments.ledger;

import java.util.Locale;

/** What moved the money; with the journal's reference it names the movement once. */
public enum JournalKind {
    CHARGE_CAPTURED,
    /** Stripe captured an amount that is not the order's total: held aside for a person. */
    UNMATCHED_CHARGE,
    REFUND,
    /** A refund that had succeeded failed later: its amount is owed again as before. */
    REFUND_FAILED,
    TRANSFER,
    TRANSFER_REVERSAL,
    DISPUTE_OPENED,
    DISPUTE_WON,
    DISPUTE_LOST;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
