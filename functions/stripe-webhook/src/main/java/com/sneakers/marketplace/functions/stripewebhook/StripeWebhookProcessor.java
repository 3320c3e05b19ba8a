package com.sneakers.marketplace.functions.stripewebhook;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.sneakers.marketplace.payments.adapter.StripeEvent;
import com.sneakers.marketplace.payments.adapter.StripeEventDispatcher;
import com.sneakers.marketplace.payments.adapter.StripeEventHandler.Outcome;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook queue's consumer. Each message is one verified Stripe event, applied once by the
 * payments context's {@link StripeEventDispatcher}. An event about an object not known yet is reported
 * as failed: SQS retries it, and moves it to the DLQ after the queue's maximum receives.
 */
public final class StripeWebhookProcessor implements Function<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(StripeWebhookProcessor.class);

    private final StripeEventDispatcher events;

    StripeWebhookProcessor(StripeEventDispatcher events) {
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
                if (events.apply(event) instanceof Outcome.NotYetKnown notYetKnown) {
                    LOG.warn(
                            "Message {} (receive {}): {}; retried, and moved to the DLQ once the queue's maximum"
                                    + " receives are reached",
                            message.getMessageId(),
                            receiveCount(message),
                            notYetKnown.reason());
                    failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                }
            } catch (RuntimeException | SQLException e) {
                LOG.error("Message {} failed and will be retried", message.getMessageId(), e);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    private static String receiveCount(SQSEvent.SQSMessage message) {
        return message.getAttributes() == null
                ? "?"
                : message.getAttributes().getOrDefault("ApproximateReceiveCount", "?");
    }
}
