package com.sneakers.marketplace.orders;

import java.time.Instant;

/**
 * One transition as the store applies it. {@code shipment} is set when shipping, {@code reason} when
 * cancelling, {@code dispute} when the buyer disputes; {@code relistAsk} puts the match's quantity back
 * on the seller's ask in the same transaction.
 */
public record Change(
        OrderStatus to,
        Actor actor,
        String note,
        Instant at,
        Order.Shipment shipment,
        String reason,
        boolean relistAsk,
        Dispute dispute) {

    public static Change to(OrderStatus to, Actor actor, String note, Instant at) {
        return new Change(to, actor, note, at, null, null, false, null);
    }

    public Change shipping(Order.Shipment shipment) {
        return new Change(to, actor, note, at, shipment, reason, relistAsk, dispute);
    }

    public Change cancelling(String reason, boolean relistAsk) {
        return new Change(to, actor, note, at, shipment, reason, relistAsk, dispute);
    }

    public Change disputing(Dispute dispute) {
        return new Change(to, actor, note, at, shipment, reason, relistAsk, dispute);
    }
}
