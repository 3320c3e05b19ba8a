package com.sneakers.marketplace.payments.payouts.adapter;

import com.sneakers.marketplace.payments.payouts.SellerAccounts;
import com.sneakers.marketplace.payments.payouts.SellerAccountsContract;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestRows;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** The Postgres accounts keep the accounts' promises, for sellers who are real users. */
class JdbcSellerAccountsIT extends SellerAccountsContract {
    private final DataSource database = TestDatabase.migrated();
    private final TestRows rows = new TestRows(database);
    private final SellerAccounts accounts = new JdbcSellerAccounts(database);
    private final AtomicInteger sellers = new AtomicInteger();

    @Override
    protected SellerAccounts accounts() {
        return accounts;
    }

    @Override
    protected long newSeller() {
        return rows.user("payee" + sellers.incrementAndGet());
    }
}
