package com.sneakers.marketplace.platform.events;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loop of every function fed by a queue that a bus rule fills: each record's EventBridge event is
 * handled on its own, and only the records that failed are reported, so SQS retries just those and
 * moves a record to its dead-letter queue after the queue's maximum receives. A malformed event can
 * never succeed and is logged as such; nothing is dropped silently.
 */
public final class SqsEventBatches {
    private static final Logger LOG = LoggerFactory.getLogger(SqsEventBatches.class);

    private SqsEventBatches() {}

    /** Handles each record; {@code what} names the events in the logs, such as "match event". */
    public static SQSBatchResponse handleEach(SQSEvent batch, String what, Consumer<EventEnvelope> handler) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : batch.getRecords()) {
            try {
                handler.accept(EventEnvelope.parse(message.getBody()));
            } catch (MalformedEvent e) {
                LOG.error(
                        "Message {} is not a usable {} and will end in the DLQ: {}",
                        message.getMessageId(),
                        what,
                        e.getMessage());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            } catch (RuntimeException e) {
                LOG.error("Message {} failed and will be retried", message.getMessageId(), e);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
