package com.sneakers.marketplace.orders;

import java.util.Optional;

/**
 * Orders' port for the other contexts. Each call joins the caller's current transaction, and each step
 * is the system's, checked by the {@link Lifecycle} like any other: a refusal is a {@link OrderUpdate}
 * value and changes nothing.
 */
public interface OrderSteps {

    /** The order as it stands, unlocked. */
    Optional<Order> find(OrderId orderId);

    /** The order, locked until the current transaction ends (so a payout and a refund take turns). */
    Optional<Order> lock(OrderId orderId);

    /** The buyer's payment succeeded: a pending order becomes paid, then processing (awaiting shipment). */
    OrderUpdate markPaid(OrderId orderId, String note);

    /** The payment was refunded in full: the order becomes refunded, from any status that allows it. */
    OrderUpdate markRefunded(OrderId orderId, String note);
}
