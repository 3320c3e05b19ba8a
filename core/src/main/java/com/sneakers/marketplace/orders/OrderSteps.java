package com.sneakers.marketplace.orders;

import com.sneakers.marketplace.platform.redrive.ScanPosition;
import java.time.Instant;
import java.util.List;
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

    /**
     * For re-drives: up to {@code limit} orders still in {@code status} (completed or cancelled, say) that
     * entered it after {@code after} and before {@code until}, in (time, id) order.
     */
    List<EnteredStatus> enteredAfter(OrderStatus status, ScanPosition after, Instant until, int limit);
}
