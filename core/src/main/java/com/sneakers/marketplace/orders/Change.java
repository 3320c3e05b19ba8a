package com.sneakers.marketplace.orders;

import java.time.Instant;

/**
 * One transition as the store applies it. {@code shipment} is set when shipping, {@code reason} when
 * cancelling; {@code relistAsk} puts the match's quantity back on the seller's ask in the same transaction.
 */
public record Change(
        OrderStatus to,
        Actor actor,
        String note,
        Instant at,
        Order.Shipment shipment,
        String reason,
        boolean relistAsk) {

    public static Change to(OrderStatus to, Actor actor, String note, Instant at) {
        return new Change(to, actor, note, at, null, null, false);
    }

    public Change shipping(Order.Shipment shipment) {
        return new Change(to, actor, note, at, shipment, reason, relistAsk);
    }

    public Change cancelling(String reason, boolean relistAsk) {
        return new Change(to, actor, note, at, shipment, reason, relistAsk);
    }
}
