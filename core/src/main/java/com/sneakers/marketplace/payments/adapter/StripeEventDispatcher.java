package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.payments.adapter.StripeEventHandler.Outcome;
import com.sneakers.marketplace.platform.db.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies each verified Stripe event once: its id is recorded in {@code stripe_events} in the same
 * transaction as its effect, so a redelivered event changes nothing. The event goes to the first
 * handler of its type; types no handler knows are recorded and acknowledged. An event about an object
 * not known yet is rolled back, recording included, so a later delivery applies it.
 */
public final class StripeEventDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(StripeEventDispatcher.class);

    private final Transactions transactions;
    private final List<StripeEventHandler> handlers;

    public StripeEventDispatcher(DataSource database, List<StripeEventHandler> handlers) {
        this.transactions = new Transactions(database);
        this.handlers = List.copyOf(handlers);
    }

    public Outcome apply(StripeEvent event) throws SQLException {
        try {
            return transactions.inTransaction(transaction -> applyOnce(transaction, event));
        } catch (RolledBack e) {
            return e.outcome;
        }
    }

    private Outcome applyOnce(Connection transaction, StripeEvent event) throws SQLException {
        if (!record(transaction, event)) {
            LOG.info("Event {} ({}) was processed before; acknowledged", event.id(), event.type());
            return new Outcome.Applied();
        }
        Optional<StripeEventHandler> handler =
                handlers.stream().filter(h -> h.handles(event.type())).findFirst();
        if (handler.isEmpty()) {
            LOG.info("Event {} of type {} has no handler; recorded and acknowledged", event.id(), event.type());
            return new Outcome.Applied();
        }
        Outcome outcome = handler.get().handle(transaction, event);
        if (outcome instanceof Outcome.NotYetKnown notYetKnown) {
            throw new RolledBack(new Outcome.NotYetKnown(
                    "Event " + event.id() + " (" + event.type() + "): " + notYetKnown.reason()));
        }
        LOG.info("Event {} ({}) about {} applied", event.id(), event.type(), event.objectId());
        return outcome;
    }

    /** Records the event id; false when it was recorded before (another delivery did the work). */
    private static boolean record(Connection transaction, StripeEvent event) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO stripe_events (event_id, type,"
                + " object_id) VALUES (?, ?, ?) ON CONFLICT (event_id) DO NOTHING")) {
            insert.setString(1, event.id());
            insert.setString(2, event.type());
            insert.setString(3, event.objectId());
            return insert.executeUpdate() == 1;
        }
    }

    /** Carries a refusal out of the transaction so that it rolls back. */
    private static final class RolledBack extends RuntimeException {
        private final transient Outcome outcome;

        RolledBack(Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }
}
