package com.sneakers.marketplace.payments.ledger;

import java.math.BigDecimal;
import java.util.List;

/** The payments context's journal of money movements; every call joins the caller's transaction. */
public interface Ledger {

    /** Posts the journal; false (and nothing written) when a journal of that kind and reference exists. */
    boolean post(Journal journal);

    boolean isPosted(JournalKind kind, String reference);

    /**
     * What the order's journals of {@code kinds} moved on {@code account} (debits positive), such as
     * how much of the order's charge has gone back to the buyer so far.
     */
    BigDecimal movedOn(long orderId, String account, List<JournalKind> kinds);

    /** Every account's balance per currency, debits positive. */
    List<AccountBalance> balances();
}
