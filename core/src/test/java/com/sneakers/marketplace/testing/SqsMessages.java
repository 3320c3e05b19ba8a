package com.sneakers.marketplace.testing;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;

/** SQS batches as Lambda hands them to a function, for tests that call the function directly. */
public final class SqsMessages {
    private SqsMessages() {}

    public static SQSEvent batch(SQSEvent.SQSMessage... messages) {
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(messages));
        return event;
    }

    public static SQSEvent.SQSMessage message(String id, String body) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(id);
        message.setBody(body);
        return message;
    }
}
