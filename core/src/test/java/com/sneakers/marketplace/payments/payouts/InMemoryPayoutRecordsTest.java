package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.orders.Order;

/** The in-memory records keep the records' promises. */
class InMemoryPayoutRecordsTest extends PayoutRecordsContract {
    private final InMemoryPayoutRecords records = new InMemoryPayoutRecords();
    private final InMemoryOrderSteps orders = new InMemoryOrderSteps();
    private long sellers;

    @Override
    protected PayoutRecords records() {
        return records;
    }

    @Override
    protected long newSeller() {
        return ++sellers;
    }

    @Override
    protected Order completedOrderOf(long sellerId) {
        return orders.completed(sellerId, "215.00");
    }

    @Override
    protected void charged(Order order, String chargeId) {
        records.charged(order.id(), chargeId);
    }
}
