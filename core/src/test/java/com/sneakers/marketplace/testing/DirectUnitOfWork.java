package com.sneakers.marketplace.testing;

import com.sneakers.marketplace.platform.transaction.UnitOfWork;
import java.util.function.Supplier;

/** A unit of work for in-memory ports: the work simply runs, as there is nothing to commit. */
public final class DirectUnitOfWork implements UnitOfWork {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
