package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.platform.transaction.UnitOfWork;
import java.util.function.Supplier;

/** No transaction: the in-memory ports apply each change at once. */
final class DirectUnitOfWork implements UnitOfWork {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
