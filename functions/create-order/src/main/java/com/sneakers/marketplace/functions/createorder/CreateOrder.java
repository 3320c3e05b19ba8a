package com.sneakers.marketplace.functions.createorder;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.sneakers.marketplace.orders.MatchCreated;
import com.sneakers.marketplace.orders.OrderCreation;
import com.sneakers.marketplace.orders.Orders;
import com.sneakers.marketplace.platform.events.EventEnvelope;
import com.sneakers.marketplace.platform.events.SqsEventBatches;
import com.sneakers.marketplace.platform.outbox.OutboxRelay;
import java.sql.SQLException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code create-order} queue's consumer: each {@code match.created} event becomes its match's one
 * order. A redelivered event finds the order already made and succeeds. A record that fails is
 * reported alone, so SQS retries just it and moves it to the dead-letter queue after the queue's
 * maximum receives; the rest of the batch is done.
 */
public final class CreateOrder implements Function<SQSEvent, SQSBatchResponse> {
    static final String MATCH_CREATED = "match.created";
    private static final Logger LOG = LoggerFactory.getLogger(CreateOrder.class);

    private final Orders orders;
    private final OutboxRelay events;

    CreateOrder(Orders orders, OutboxRelay events) {
        this.orders = orders;
        this.events = events;
    }

    @Override
    public SQSBatchResponse apply(SQSEvent batch) {
        return SqsEventBatches.handleEach(batch, "match event", this::handle);
    }

    private void handle(EventEnvelope envelope) {
        EventEnvelope event = envelope.expecting(MATCH_CREATED);
        OrderCreation creation = orders.createFromMatch(new MatchCreated(
                event.requiredLong("match_id"),
                event.requiredLong("buyer_id"),
                event.requiredLong("seller_id"),
                event.requiredLong("product_id"),
                event.requiredLong("size_id"),
                event.requiredAmount("price"),
                event.requiredCurrency("currency"),
                event.requiredPositiveInt("quantity"),
                event.requiredInstant("occurred_at")));
        if (creation.created()) {
            LOG.info(
                    "Order {} created from match {}",
                    creation.order().orderNumber(),
                    creation.order().matchId());
            publish(creation);
        } else {
            LOG.info(
                    "Match {} already has order {}; nothing to do",
                    creation.order().matchId(),
                    creation.order().orderNumber());
        }
    }

    /** The order is committed; if publishing fails here, the sweeper publishes the event later. */
    private void publish(OrderCreation creation) {
        try {
            events.publish(creation.eventIds());
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Events {} left for the sweeper: {}", creation.eventIds(), e.toString());
        }
    }
}
