package com.sneakers.marketplace.orders;

import java.util.Map;

/** The answer to a request to change an order. Refusals are values; only bugs throw. */
public sealed interface OrderUpdate {

    /** Done: the order as it now stands. */
    record Updated(Order order) implements OrderUpdate {}

    /** No such order, or not one the asker may see. */
    record NotFound() implements OrderUpdate {}

    /** The asker sees the order but this step is someone else's to take. */
    record NotAllowed(String reason) implements OrderUpdate {}

    /** The order's current status does not allow the step (perhaps because another step just won). */
    record WrongStatus(OrderStatus current, String reason) implements OrderUpdate {}

    /** The request itself is wrong: field name to message. */
    record Invalid(Map<String, String> errors) implements OrderUpdate {
        public Invalid {
            errors = Map.copyOf(errors);
        }
    }
}
