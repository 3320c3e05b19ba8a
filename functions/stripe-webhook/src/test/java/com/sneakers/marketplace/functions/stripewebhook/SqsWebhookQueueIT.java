package com.sneakers.marketplace.functions.stripewebhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.payments.adapter.StripeEvent;
import com.sneakers.marketplace.platform.aws.AwsClients;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The webhook FIFO queue in LocalStack: a redelivered event is dropped, one object's events keep their order. */
class SqsWebhookQueueIT {
    private static final SqsClient SQS = AwsClients.sqs();
    private final String queueUrl = SQS.createQueue(request -> request.queueName(
                            "it-webhooks-" + UUID.randomUUID().toString().substring(0, 8) + ".fifo")
                    .attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true")))
            .queueUrl();
    private final SqsWebhookQueue queue = new SqsWebhookQueue(SQS, queueUrl);

    @Test
    void anEventStripeDeliversTwiceIsQueuedOnceAndOneObjectsEventsKeepTheirOrder() {
        String created = event("evt_1", "refund.created", "re_1");
        String updated = event("evt_2", "refund.updated", "re_1");

        queue.enqueue(StripeEvent.parse(bytes(created)), created);
        queue.enqueue(StripeEvent.parse(bytes(created)), created);
        queue.enqueue(StripeEvent.parse(bytes(updated)), updated);

        List<Message> received = receiveAll();
        assertThat(received).extracting(Message::body).containsExactly(created, updated);
        assertThat(received)
                .extracting(message -> message.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID))
                .containsOnly("re_1");
    }

    private List<Message> receiveAll() {
        List<Message> received = new ArrayList<>();
        for (int poll = 0; poll < 5; poll++) {
            List<Message> batch = SQS.receiveMessage(request -> request.queueUrl(queueUrl)
                            .maxNumberOfMessages(10)
                            .waitTimeSeconds(1)
                            .messageSystemAttributeNames(MessageSystemAttributeName.ALL))
                    .messages();
            for (Message message : batch) {
                received.add(message);
                SQS.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            }
        }
        return received;
    }

    private static String event(String id, String type, String objectId) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"" + type + "\",\"created\":1764072000,"
                + "\"data\":{\"object\":{\"id\":\"" + objectId + "\",\"object\":\"refund\"}}}";
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
