package com.sneakers.marketplace.payments.payouts;

/** The in-memory accounts keep the accounts' promises. */
class InMemorySellerAccountsTest extends SellerAccountsContract {
    private final InMemorySellerAccounts accounts = new InMemorySellerAccounts();
    private long sellers;

    @Override
    protected SellerAccounts accounts() {
        return accounts;
    }

    @Override
    protected long newSeller() {
        return ++sellers;
    }
}
