package com.sneakers.marketplace.payments.ledger;

import com.sneakers.marketplace.platform.money.Money;

/** One line of a journal: a debit (positive) or a credit (negative) to an account. */
public record JournalLine(String account, Money amount) {
    public JournalLine {
        if (amount.amount().signum() == 0) {
            throw new IllegalArgumentException("A journal line of zero on " + account);
        }
    }
}
