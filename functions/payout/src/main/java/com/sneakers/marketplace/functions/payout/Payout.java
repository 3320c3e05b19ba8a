package com.sneakers.marketplace.functions.payout;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.sneakers.marketplace.identity.UserId;
import com.sneakers.marketplace.orders.OrderEvent;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.payments.payouts.Payouts;
import com.sneakers.marketplace.payments.payouts.SellerPayoutsEnabledEvent;
import com.sneakers.marketplace.platform.events.EventEnvelope;
import com.sneakers.marketplace.platform.events.MalformedEvent;
import com.sneakers.marketplace.platform.events.SqsEventBatches;
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
    private static final String ORDER_COMPLETED = OrderEvent.typeOf(OrderStatus.COMPLETED);
    private static final Logger LOG = LoggerFactory.getLogger(Payout.class);

    private final Payouts payouts;

    Payout(Payouts payouts) {
        this.payouts = payouts;
    }

    @Override
    public SQSBatchResponse apply(SQSEvent batch) {
        return SqsEventBatches.handleEach(batch, "payout event", this::handle);
    }

    private void handle(EventEnvelope event) {
        if (ORDER_COMPLETED.equals(event.detailType())) {
            // The amount and currency are read from the order row, locked with the order's status check.
            payouts.recordCompletedOrder(new OrderId(event.requiredLong("order_id")))
                    .ifPresent(payout -> payouts.attempt(payout.payoutId()));
            return;
        }
        if (SellerPayoutsEnabledEvent.TYPE.equals(event.detailType())) {
            payouts.attemptPendingOf(new UserId(event.requiredLong("seller_id")));
            return;
        }
        throw new MalformedEvent("expected " + ORDER_COMPLETED + " or " + SellerPayoutsEnabledEvent.TYPE + ", got '"
                + event.detailType() + "'");
    }
}
