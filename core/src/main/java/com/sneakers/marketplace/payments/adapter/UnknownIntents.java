package com.sneakers.marketplace.payments.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderSteps;
import com.sneakers.marketplace.payments.adapter.StripeEventHandler.Outcome;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event about a PaymentIntent with no payment here. If its metadata names one of our orders (by id
 * and number), our own write is late: retry. Otherwise the intent is not ours (made by another
 * deployment sharing the Stripe account, or another run against the same fake): acknowledge it.
 */
final class UnknownIntents {
    private static final Logger LOG = LoggerFactory.getLogger(UnknownIntents.class);

    private final OrderSteps orders;

    UnknownIntents(OrderSteps orders) {
        this.orders = orders;
    }

    Outcome about(StripeEvent event, JsonNode intent) {
        Optional<String> orderId = IntentFacts.metadata(intent, "order_id").filter(id -> id.matches("[0-9]{1,18}"));
        Optional<String> orderNumber = IntentFacts.metadata(intent, "order_number");
        if (orderId.isPresent() && orderNumber.isPresent() && isOurs(orderId.get(), orderNumber.get())) {
            return new Outcome.NotYetKnown("PaymentIntent " + intent.path("id").asText() + " of order "
                    + orderNumber.get() + " has no payment here yet");
        }
        LOG.info(
                "Event {} ({}) is about PaymentIntent {}, which names no order of ours; acknowledged",
                event.id(),
                event.type(),
                intent.path("id").asText());
        return new Outcome.Applied();
    }

    private boolean isOurs(String orderId, String orderNumber) {
        return orders.find(new OrderId(Long.parseLong(orderId)))
                .filter(order -> order.orderNumber().equals(orderNumber))
                .isPresent();
    }
}
