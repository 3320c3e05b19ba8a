package com.sneakers.marketplace.payments.payouts.adapter;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.payments.payouts.PayoutRecords;
import com.sneakers.marketplace.payments.payouts.PayoutRecordsContract;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestOrders;
import com.sneakers.marketplace.testing.TestRows;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** The Postgres records keep the records' promises, with orders made by real trades. */
class JdbcPayoutRecordsIT extends PayoutRecordsContract {
    private final DataSource database = TestDatabase.migrated();
    private final TestRows rows = new TestRows(database);
    private final TestOrders orders = new TestOrders(database, new MutableClock(T0));
    private final PayoutRecords records = new JdbcPayoutRecords(database);
    private final AtomicInteger sellers = new AtomicInteger();

    @Override
    protected PayoutRecords records() {
        return records;
    }

    @Override
    protected long newSeller() {
        return rows.user("payee" + sellers.incrementAndGet());
    }

    @Override
    protected Order completedOrderOf(long sellerId) {
        return orders.completed("215.00", sellerId);
    }

    @Override
    protected void charged(Order order, String chargeId) {
        orders.charged(order, chargeId);
    }
}
