package com.sneakers.marketplace.trading.violations;

import com.sneakers.marketplace.orders.adapter.OrdersModule;

/** A deliberate breach of the context walls: trading reaching into the orders context's adapters. */
public class TradingRuleReachingIntoOrdersAdapter {
    public Class<?> orders() {
        return OrdersModule.class;
    }
}
