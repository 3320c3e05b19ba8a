package com.sneakers.marketplace.payments.ledger;

class InMemoryLedgerTest extends LedgerContract {
    private final InMemoryLedger ledger = new InMemoryLedger();

    @Override
    protected Ledger ledger() {
        return ledger;
    }
}
