package com.sneakers.marketplace.functions.payout;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.sneakers.marketplace.payments.payouts.PayoutAttempt;
import com.sneakers.marketplace.payments.payouts.adapter.PayoutService;
import com.sneakers.marketplace.platform.events.EventEnvelope;
import com.sneakers.marketplace.platform.events.MalformedEvent;
import com.sneakers.marketplace.platform.events.SqsEventBatches;
import com.sneakers.marketplace.platform.outbox.OutboxRelay;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code payouts} queue's consumer. {@code order.completed} makes the order's one payout and
 * attempts it; {@code seller.payouts_enabled} attempts the seller's waiting payouts. A payout that
 * must wait (no enabled account, charge not known yet) stays {@code pending} and the message
 * succeeds: the sweeper's reconciliation retries it. Only an unreachable Stripe or database fails a
 * record, so SQS redelivers just it.
 */
public final class Payout implements Function<SQSEvent, SQSBatchResponse> {
    static final String ORDER_COMPLETED = "order.completed";
    static final String SELLER_PAYOUTS_ENABLED = "seller.payouts_enabled";
    private static final Logger LOG = LoggerFactory.getLogger(Payout.class);

    private final PayoutService payouts;
    private final OutboxRelay events;

    Payout(PayoutService payouts, OutboxRelay events) {
        this.payouts = payouts;
        this.events = events;
    }

    @Override
    public SQSBatchResponse apply(SQSEvent batch) {
        return SqsEventBatches.handleEach(batch, "payout event", event -> publish(handle(event)));
    }

    private List<PayoutAttempt> handle(EventEnvelope event) {
        if (ORDER_COMPLETED.equals(event.detailType())) {
            // The amount and currency are read from the order row, locked with the order's status check.
            return payouts.recordCompletedOrder(event.requiredLong("order_id"))
                    .map(payout -> List.of(payouts.attempt(payout.payoutId())))
                    .orElse(List.of());
        }
        if (SELLER_PAYOUTS_ENABLED.equals(event.detailType())) {
            return payouts.attemptPendingOf(event.requiredLong("seller_id"));
        }
        throw new MalformedEvent(
                "expected " + ORDER_COMPLETED + " or " + SELLER_PAYOUTS_ENABLED + ", got '" + event.detailType() + "'");
    }

    /** The payouts are committed; if publishing fails here, the sweeper publishes the events later. */
    private void publish(List<PayoutAttempt> attempts) {
        List<UUID> eventIds = attempts.stream()
                .flatMap(attempt -> attempt.eventIds().stream())
                .toList();
        try {
            events.publish(eventIds);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Events {} left for the sweeper: {}", eventIds, e.toString());
        }
    }
}
