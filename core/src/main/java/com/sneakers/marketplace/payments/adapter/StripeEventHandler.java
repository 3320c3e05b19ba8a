package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.payments.StripeEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Applies one kind of verified Stripe event to local state, inside the webhook processor's
 * transaction, which also records the event id in {@code stripe_events}: the effect happens exactly
 * once however often Stripe or SQS deliver the event.
 */
public interface StripeEventHandler {

    boolean handles(String eventType);

    Outcome handle(Connection transaction, StripeEvent event) throws SQLException;

    /** What became of the event. */
    sealed interface Outcome {

        /** Applied (or nothing to change); {@code eventIds} are the outbox events to publish after commit. */
        record Applied(List<UUID> eventIds) implements Outcome {
            public Applied {
                eventIds = List.copyOf(eventIds);
            }
        }

        /**
         * The object the event is about is not known here yet (the webhook outran our own write): the
         * transaction is rolled back and the message retried, ending in the DLQ if it never resolves.
         */
        record NotYetKnown(String reason) implements Outcome {}
    }
}
