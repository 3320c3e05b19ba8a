package com.sneakers.marketplace.payments;

/** The in-memory records keep the payment records' promises. */
class InMemoryPaymentRecordsTest extends PaymentRecordsContract {
    private final InMemoryPaymentRecords records = new InMemoryPaymentRecords();
    private long orders;

    @Override
    protected PaymentRecords records() {
        return records;
    }

    @Override
    protected OrderOfBuyer newOrder() {
        orders++;
        return new OrderOfBuyer(orders, 1000 + orders);
    }
}
