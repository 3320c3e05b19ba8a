package com.sneakers.marketplace.orders;

import java.util.concurrent.atomic.AtomicLong;

/** The in-memory store keeps the store's promises. */
class InMemoryOrderStoreTest extends OrderStoreContract {
    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private final AtomicLong ids = new AtomicLong();

    @Override
    protected OrderStore store() {
        return store;
    }

    @Override
    protected MatchCreated newMatch() {
        long id = ids.incrementAndGet();
        return new MatchCreated(id, 1000 + id, 2000 + id, 7, 70, price("215.00"), "USD", 1, T0);
    }
}
