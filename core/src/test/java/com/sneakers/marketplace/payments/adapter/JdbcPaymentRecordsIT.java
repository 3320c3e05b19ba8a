package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.payments.PaymentRecords;
import com.sneakers.marketplace.payments.PaymentRecordsContract;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestOrders;
import javax.sql.DataSource;

/** The Postgres records keep the payment records' promises, for orders made by real trades. */
class JdbcPaymentRecordsIT extends PaymentRecordsContract {
    private final DataSource database = TestDatabase.migrated();
    private final TestOrders orders = new TestOrders(database, new MutableClock(T0));
    private final PaymentRecords records = new JdbcPaymentRecords(database);

    @Override
    protected PaymentRecords records() {
        return records;
    }

    @Override
    protected OrderOfBuyer newOrder() {
        Order order = orders.pendingPayment("215.00");
        return new OrderOfBuyer(order.id(), order.buyerId());
    }
}
