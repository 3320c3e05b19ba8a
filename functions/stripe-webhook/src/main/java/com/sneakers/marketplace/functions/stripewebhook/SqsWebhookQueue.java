package com.sneakers.marketplace.functions.stripewebhook;

import com.sneakers.marketplace.payments.adapter.StripeEvent;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The FIFO queue: events about one Stripe object stay in order (message group = object id), and a
 * redelivered event is dropped within SQS's five-minute window (deduplication id = event id).
 */
final class SqsWebhookQueue implements WebhookQueue {
    private final SqsClient sqs;
    private final String queueUrl;

    SqsWebhookQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void enqueue(StripeEvent event, String rawBody) {
        String group = event.objectId().isEmpty() ? event.id() : event.objectId();
        sqs.sendMessage(request -> request.queueUrl(queueUrl)
                .messageBody(rawBody)
                .messageGroupId(group)
                .messageDeduplicationId(event.id()));
    }
}
