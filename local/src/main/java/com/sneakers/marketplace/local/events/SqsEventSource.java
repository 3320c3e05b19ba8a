package com.sneakers.marketplace.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sneakers.marketplace.local.faults.FaultPlan;
import com.sneakers.marketplace.local.lambda.LambdaFunction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * An SQS event source mapping: long-polls a queue, hands each batch to the function as an SQS event,
 * and deletes only the messages that succeeded. Failed messages become visible again after the
 * queue's visibility timeout, and the queue's redrive policy moves them to the dead-letter queue
 * after maxReceiveCount receives, exactly as on Lambda. A message that the runtime's {@link FaultPlan}
 * makes fail is not handed to the function and becomes visible again at once, so it reaches the
 * dead-letter queue within seconds; on a FIFO queue the rest of its message group in the batch waits
 * with it, as Lambda keeps a group in order.
 */
public final class SqsEventSource implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(SqsEventSource.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LONG_POLL_SECONDS = 2;

    private final SqsClient sqs;
    private final String queueUrl;
    private final String queueArn;
    private final String region;
    private final int batchSize;
    private final boolean reportBatchItemFailures;
    private final LambdaFunction function;
    private final FaultPlan faults;
    private final String queueName;
    private final AtomicBoolean running = new AtomicBoolean(true);

    public SqsEventSource(
            SqsClient sqs,
            String queueUrl,
            String queueArn,
            String region,
            int batchSize,
            boolean reportBatchItemFailures,
            LambdaFunction function) {
        this(sqs, queueUrl, queueArn, region, batchSize, reportBatchItemFailures, function, new FaultPlan());
    }

    public SqsEventSource(
            SqsClient sqs,
            String queueUrl,
            String queueArn,
            String region,
            int batchSize,
            boolean reportBatchItemFailures,
            LambdaFunction function,
            FaultPlan faults) {
        this.faults = faults;
        this.queueName = queueArn.substring(queueArn.lastIndexOf(':') + 1);
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = queueArn;
        this.region = region;
        this.batchSize = Math.min(10, Math.max(1, batchSize));
        this.reportBatchItemFailures = reportBatchItemFailures;
        this.function = function;
    }

    @Override
    public void run() {
        while (running.get()) {
            try {
                pollOnce();
            } catch (RuntimeException e) {
                if (running.get()) {
                    LOG.warn("Polling {} failed: {}", queueUrl, e.toString());
                    sleepQuietly();
                }
            }
        }
    }

    /** One receive, one invocation, and the deletion of what succeeded; returns how many were received. */
    public int pollOnce() {
        List<Message> messages = sqs.receiveMessage(request -> request.queueUrl(queueUrl)
                        .maxNumberOfMessages(batchSize)
                        .waitTimeSeconds(LONG_POLL_SECONDS)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                        .messageAttributeNames("All"))
                .messages();
        if (messages.isEmpty()) {
            return 0;
        }
        List<Message> failing = injectedFailures(messages);
        List<Message> handed =
                messages.stream().filter(message -> !failing.contains(message)).toList();
        Set<String> failed = new HashSet<>();
        failing.forEach(message -> failed.add(message.messageId()));
        if (!handed.isEmpty()) {
            failed.addAll(failedMessageIds(function.invoke(event(handed)), handed));
        }
        for (Message message : messages) {
            if (!failed.contains(message.messageId())) {
                sqs.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            }
        }
        for (Message message : failing) {
            sqs.changeMessageVisibility(request -> request.queueUrl(queueUrl)
                    .receiptHandle(message.receiptHandle())
                    .visibilityTimeout(0));
        }
        if (!failed.isEmpty()) {
            LOG.warn(
                    "{} of {} message(s) from {} failed and will be retried", failed.size(), messages.size(), queueUrl);
        }
        return messages.size();
    }

    /** The messages the fault plan fails, with the rest of their FIFO message groups. */
    private List<Message> injectedFailures(List<Message> messages) {
        Set<String> failingGroups = new HashSet<>();
        List<Message> failing = new ArrayList<>();
        for (Message message : messages) {
            String group = message.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID);
            boolean groupWaits = group != null && failingGroups.contains(group);
            if (groupWaits || faults.failsMessage(queueName, message.messageId())) {
                LOG.info("Injected consumer failure on {}: message {}", queueName, message.messageId());
                failing.add(message);
                if (group != null) {
                    failingGroups.add(group);
                }
            }
        }
        return failing;
    }

    private Set<String> failedMessageIds(LambdaFunction.Invocation invocation, List<Message> messages) {
        Set<String> all =
                new HashSet<>(messages.stream().map(Message::messageId).toList());
        if (!invocation.succeeded()) {
            LOG.warn(
                    "Function failed on a batch from {}: {} {}",
                    queueUrl,
                    invocation.errorType(),
                    invocation.errorMessage());
            return all;
        }
        if (!reportBatchItemFailures) {
            return Set.of();
        }
        try {
            JsonNode response = JSON.readTree(invocation.payload() == null ? "null" : invocation.payload());
            Set<String> failed = new HashSet<>();
            for (JsonNode failure : response.path("batchItemFailures")) {
                String id = failure.path("itemIdentifier").asText("");
                if (!all.contains(id)) {
                    // Lambda treats an unknown or empty identifier as the failure of the whole batch.
                    return all;
                }
                failed.add(id);
            }
            return failed;
        } catch (Exception unreadable) {
            return all;
        }
    }

    private String event(List<Message> messages) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (Message message : messages) {
            ObjectNode record = records.addObject();
            record.put("messageId", message.messageId());
            record.put("receiptHandle", message.receiptHandle());
            record.put("body", message.body());
            ObjectNode attributes = record.putObject("attributes");
            message.attributes().forEach((name, value) -> attributes.put(name.toString(), value));
            ObjectNode messageAttributes = record.putObject("messageAttributes");
            message.messageAttributes().forEach((name, value) -> {
                ObjectNode attribute = messageAttributes.putObject(name);
                attribute.put("stringValue", value.stringValue());
                attribute.putArray("stringListValues");
                attribute.putArray("binaryListValues");
                attribute.put("dataType", value.dataType());
            });
            record.put("md5OfBody", message.md5OfBody());
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", queueArn);
            record.put("awsRegion", region);
        }
        return event.toString();
    }

    public void stop() {
        running.set(false);
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
