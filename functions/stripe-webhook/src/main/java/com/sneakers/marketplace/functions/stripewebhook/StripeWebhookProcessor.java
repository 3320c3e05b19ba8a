package com.sneakers.marketplace.functions.stripewebhook;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.sneakers.marketplace.payments.StripeEvent;
import com.sneakers.marketplace.payments.adapter.StripeEventHandler;
import com.sneakers.marketplace.payments.adapter.StripeEventHandler.Outcome;
import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.outbox.OutboxRelay;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook queue's consumer. Each message is one verified Stripe event; its id is recorded in
 * {@code stripe_events} in the same transaction as its effect, so a redelivered event is acknowledged
 * without doing anything twice. The event goes to the first handler that handles its type; types no
 * handler knows are recorded and acknowledged. An event about an object not known yet is rolled back
 * and reported as failed: SQS retries it, and moves it to the DLQ after the queue's maximum receives.
 */
public final class StripeWebhookProcessor implements Function<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(StripeWebhookProcessor.class);

    private final Transactions transactions;
    private final List<StripeEventHandler> handlers;
    private final OutboxRelay events;

    StripeWebhookProcessor(DataSource database, List<StripeEventHandler> handlers, OutboxRelay events) {
        this.transactions = new Transactions(database);
        this.handlers = List.copyOf(handlers);
        this.events = events;
    }

    @Override
    public SQSBatchResponse apply(SQSEvent batch) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : batch.getRecords()) {
            StripeEvent event;
            try {
                event = StripeEvent.parse(message.getBody().getBytes(StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                LOG.error(
                        "Message {} is not a Stripe event and will end in the DLQ: {}",
                        message.getMessageId(),
                        e.getMessage());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                continue;
            }
            try {
                process(event);
            } catch (NotYetKnown e) {
                LOG.warn(
                        "Message {} (receive {}): {}; retried, and moved to the DLQ once the queue's maximum"
                                + " receives are reached",
                        message.getMessageId(),
                        receiveCount(message),
                        e.getMessage());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            } catch (RuntimeException | SQLException e) {
                LOG.error("Message {} failed and will be retried", message.getMessageId(), e);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    private void process(StripeEvent event) throws SQLException {
        List<UUID> eventIds = transactions.inTransaction(transaction -> {
            if (!record(transaction, event)) {
                LOG.info("Event {} ({}) was processed before; acknowledged", event.id(), event.type());
                return List.of();
            }
            Optional<StripeEventHandler> handler =
                    handlers.stream().filter(h -> h.handles(event.type())).findFirst();
            if (handler.isEmpty()) {
                LOG.info("Event {} of type {} has no handler; recorded and acknowledged", event.id(), event.type());
                return List.of();
            }
            Outcome outcome = handler.get().handle(transaction, event);
            if (outcome instanceof Outcome.NotYetKnown notYetKnown) {
                throw new NotYetKnown("Event " + event.id() + " (" + event.type() + "): " + notYetKnown.reason());
            }
            LOG.info("Event {} ({}) about {} applied", event.id(), event.type(), event.objectId());
            return ((Outcome.Applied) outcome).eventIds();
        });
        publish(eventIds);
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

    /** The effect is committed; if publishing fails here, the sweeper publishes the events later. */
    private void publish(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        try {
            events.publish(eventIds);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Events {} left for the sweeper: {}", eventIds, e.toString());
        }
    }

    private static String receiveCount(SQSEvent.SQSMessage message) {
        return message.getAttributes() == null
                ? "?"
                : message.getAttributes().getOrDefault("ApproximateReceiveCount", "?");
    }

    /** Rolls the event's transaction back: the object it is about is not known here yet. */
    private static final class NotYetKnown extends RuntimeException {
        NotYetKnown(String message) {
            super(message, null, false, false);
        }
    }
}
