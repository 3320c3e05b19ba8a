package com.sneakers.marketplace.local.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.local.TestStacks;
import com.sneakers.marketplace.local.lambda.LambdaFunction;
import com.sneakers.marketplace.local.lambda.LambdaFunction.Invocation;
import com.sneakers.marketplace.local.provision.ProvisionedStack;
import com.sneakers.marketplace.platform.aws.AwsClients;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The local SQS event source behaves like a Lambda event source mapping against a real SQS. */
class SqsEventSourceIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SqsClient SQS = AwsClients.sqs();

    private ProvisionedStack stack;
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void provision() throws Exception {
        stack = TestStacks.provision(
                Path.of("src/test/resources/retrying-queue-template.yaml"), TestStacks.uniqueName("it-sqs"));
    }

    @Test
    void aMessageTheFunctionKeepsFailingLandsInTheDeadLetterQueueAfterMaxReceiveCount() throws Exception {
        send("{\"poison\":true}");
        SqsEventSource source = source(event -> Invocation.failure("IllegalStateException", "cannot handle this"));

        List<Message> deadLetters = new ArrayList<>();
        for (int attempt = 0; attempt < 20 && deadLetters.isEmpty(); attempt++) {
            source.pollOnce();
            deadLetters = SQS.receiveMessage(
                            request -> request.queueUrl(stack.ref("WorkDLQ")).waitTimeSeconds(1))
                    .messages();
        }

        assertThat(deadLetters).singleElement().extracting(Message::body).isEqualTo("{\"poison\":true}");
        assertThat(events).hasSize(3);
        assertThat(events).allSatisfy(event -> assertThat(
                        event.path("Records").get(0).path("body").asText())
                .isEqualTo("{\"poison\":true}"));
        assertThat(queueDepth(stack.ref("WorkQueue"))).isZero();
    }

    @Test
    void onlyTheMessagesTheFunctionReportsAsFailedAreRetried() throws Exception {
        send("{\"n\":1}");
        send("{\"n\":2}");
        send("{\"n\":3}");
        SqsEventSource source = source(event -> {
            StringBuilder failures = new StringBuilder();
            for (JsonNode record : event.path("Records")) {
                if (record.path("body").asText().contains("\"n\":2")) {
                    failures.append("{\"itemIdentifier\":\"")
                            .append(record.path("messageId").asText())
                            .append("\"}");
                }
            }
            return Invocation.success("{\"batchItemFailures\":[" + failures + "]}");
        });

        int received = 0;
        for (int attempt = 0; attempt < 10 && received < 3; attempt++) {
            received += source.pollOnce();
        }
        Thread.sleep(1500);
        List<Message> left = SQS.receiveMessage(request -> request.queueUrl(stack.ref("WorkQueue"))
                        .waitTimeSeconds(2)
                        .maxNumberOfMessages(10))
                .messages();

        assertThat(received).isEqualTo(3);
        assertThat(left).singleElement().extracting(Message::body).isEqualTo("{\"n\":2}");
    }

    @Test
    void theEventHasTheShapeLambdaGivesAnSqsBatch() throws Exception {
        send("{\"shape\":true}");
        SqsEventSource source = source(event -> Invocation.success("{\"batchItemFailures\":[]}"));

        for (int attempt = 0; attempt < 5 && events.isEmpty(); attempt++) {
            source.pollOnce();
        }

        JsonNode record = events.get(0).path("Records").get(0);
        assertThat(record.path("eventSource").asText()).isEqualTo("aws:sqs");
        assertThat(record.path("eventSourceARN").asText()).isEqualTo(stack.attribute("WorkQueue", "Arn"));
        assertThat(record.path("attributes").path("ApproximateReceiveCount").asText())
                .isEqualTo("1");
        assertThat(record.path("messageId").asText()).isNotBlank();
        assertThat(record.path("receiptHandle").asText()).isNotBlank();
    }

    private SqsEventSource source(java.util.function.Function<JsonNode, Invocation> behaviour) {
        LambdaFunction function = event -> {
            try {
                JsonNode parsed = JSON.readTree(event);
                events.add(parsed);
                return behaviour.apply(parsed);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        return new SqsEventSource(
                SQS,
                stack.ref("WorkQueue"),
                stack.attribute("WorkQueue", "Arn"),
                TestStacks.region(),
                10,
                true,
                function);
    }

    private void send(String body) {
        SQS.sendMessage(request -> request.queueUrl(stack.ref("WorkQueue")).messageBody(body));
    }

    private static int queueDepth(String queueUrl) {
        var attributes = SQS.getQueueAttributes(request -> request.queueUrl(queueUrl)
                        .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }
}
