package com.sneakers.marketplace.functions.createorder;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.sneakers.marketplace.orders.MatchCreated;
import com.sneakers.marketplace.orders.OrderCreation;
import com.sneakers.marketplace.orders.Orders;
import com.sneakers.marketplace.platform.events.EventEnvelope;
import com.sneakers.marketplace.platform.events.SqsEventBatches;
import com.sneakers.marketplace.trading.MatchCreatedEvent;
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
    private static final Logger LOG = LoggerFactory.getLogger(CreateOrder.class);

    private final Orders orders;

    CreateOrder(Orders orders) {
        this.orders = orders;
    }

    @Override
    public SQSBatchResponse apply(SQSEvent batch) {
        return SqsEventBatches.handleEach(batch, "match event", this::handle);
    }

    private void handle(EventEnvelope envelope) {
        EventEnvelope event = envelope.expecting(MatchCreatedEvent.TYPE);
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
        } else {
            LOG.info(
                    "Match {} already has order {}; nothing to do",
                    creation.order().matchId(),
                    creation.order().orderNumber());
        }
    }
}
