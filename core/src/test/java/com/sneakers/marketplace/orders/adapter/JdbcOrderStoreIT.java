package com.sneakers.marketplace.orders.adapter;

import com.sneakers.marketplace.orders.MatchCreated;
import com.sneakers.marketplace.orders.OrderStore;
import com.sneakers.marketplace.orders.OrderStoreContract;
import com.sneakers.marketplace.platform.outbox.Outbox;
import java.util.concurrent.atomic.AtomicInteger;

/** The Postgres store keeps the store's promises, with matches made by real trades. */
class JdbcOrderStoreIT extends OrderStoreContract {
    private final OrdersFixture fixture = new OrdersFixture();
    private final OrderStore store = OrdersModule.store(fixture.database, new Outbox());
    private final AtomicInteger trades = new AtomicInteger();

    @Override
    protected OrderStore store() {
        return store;
    }

    @Override
    protected MatchCreated newMatch() {
        int trade = trades.incrementAndGet();
        return fixture.match(fixture.user("seller" + trade), fixture.user("buyer" + trade), "215.00");
    }
}
