package com.sneakers.marketplace.payments.adapter;

import java.sql.Connection;
import java.sql.SQLException;

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

        /** Applied (or nothing to change). */
        record Applied() implements Outcome {}

        /**
         * The object the event is about is not known here yet (the webhook outran our own write): the
         * transaction is rolled back and the message retried, ending in the DLQ if it never resolves.
         */
        record NotYetKnown(String reason) implements Outcome {}
    }
}
