package com.sneakers.marketplace.functions.paymentintent;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.sneakers.marketplace.orders.OrderEvent;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.payments.IntentResult;
import com.sneakers.marketplace.payments.PaymentStatus;
import com.sneakers.marketplace.payments.Payments;
import com.sneakers.marketplace.payments.RefundResult;
import com.sneakers.marketplace.platform.events.EventEnvelope;
import com.sneakers.marketplace.platform.events.MalformedEvent;
import com.sneakers.marketplace.platform.events.SqsEventBatches;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code payment-intent} queue's consumer. {@code order.created}: the order's PaymentIntent and
 * payment, made once however often the event comes. {@code order.cancelled}: a paid order is refunded
 * in full, an unpaid one has its PaymentIntent cancelled. A record that fails is reported alone, so SQS
 * retries just it and moves it to the dead-letter queue after the queue's maximum receives.
 */
public final class PaymentIntentConsumer implements Function<SQSEvent, SQSBatchResponse> {
    private static final String ORDER_CANCELLED = OrderEvent.typeOf(OrderStatus.CANCELLED);
    private static final Logger LOG = LoggerFactory.getLogger(PaymentIntentConsumer.class);

    private final Payments payments;

    PaymentIntentConsumer(Payments payments) {
        this.payments = payments;
    }

    @Override
    public SQSBatchResponse apply(SQSEvent batch) {
        return SqsEventBatches.handleEach(batch, "order event", this::handle);
    }

    private void handle(EventEnvelope event) {
        if (OrderEvent.CREATED.equals(event.detailType())) {
            created(event.requiredLong("order_id"));
        } else if (ORDER_CANCELLED.equals(event.detailType())) {
            cancelled(event.requiredLong("order_id"), event.optionalBoolean("refund_required"));
        } else {
            throw new MalformedEvent("expected an " + OrderEvent.CREATED + " or " + ORDER_CANCELLED + " event, got '"
                    + event.detailType() + "'");
        }
    }

    private void created(long orderId) {
        IntentResult result = payments.startPayment(new OrderId(orderId), Optional.empty());
        if (result instanceof IntentResult.Created created) {
            LOG.info("Order {} has payment {}", orderId, created.payment().paymentId());
        } else if (result instanceof IntentResult.Existing existing) {
            LOG.info(
                    "Order {} already has payment {}; nothing to do",
                    orderId,
                    existing.payment().paymentId());
        } else if (result instanceof IntentResult.OrderNotPayable notPayable) {
            LOG.info(
                    "Order {} is {}; no PaymentIntent made",
                    orderId,
                    notPayable.status().wire());
        } else if (result instanceof IntentResult.OrderNotFound) {
            throw new MalformedEvent("order " + orderId + " does not exist");
        } else {
            throw new IllegalStateException("Stripe refused the PaymentIntent of order " + orderId + ": " + result);
        }
    }

    private void cancelled(long orderId, boolean refundRequired) {
        if (!refundRequired) {
            payments.cancelUnpaidOrder(new OrderId(orderId));
            return;
        }
        RefundResult result = payments.refundCancelledOrder(new OrderId(orderId), "Order cancelled");
        if (result instanceof RefundResult.Requested requested) {
            LOG.info(
                    "Cancelled order {} refunded: {}",
                    orderId,
                    requested.refund().stripeRefundId());
        } else if (result instanceof RefundResult.NotRefundable notRefundable
                && !notRefundable.status().isRefundable()
                && notRefundable.status().canMoveTo(PaymentStatus.SUCCEEDED)) {
            throw new IllegalStateException("Cancelled order " + orderId + " was paid but its payment is still "
                    + notRefundable.status().wire() + "; retried until the payment's webhook arrives");
        } else if (result instanceof RefundResult.NotRefundable notRefundable) {
            LOG.info(
                    "Cancelled order {}: payment is {}; nothing to refund",
                    orderId,
                    notRefundable.status().wire());
        } else if (result instanceof RefundResult.NotFound) {
            throw new IllegalStateException("Cancelled order " + orderId + " needs a refund but has no payment");
        } else {
            throw new IllegalStateException("The refund of cancelled order " + orderId + " failed: " + result);
        }
    }
}
