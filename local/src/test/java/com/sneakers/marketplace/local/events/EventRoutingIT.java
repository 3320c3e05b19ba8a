package com.sneakers.marketplace.local.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.local.TestStacks;
import com.sneakers.marketplace.local.provision.ProvisionedStack;
import com.sneakers.marketplace.platform.aws.AwsClients;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** Events put on the local bus reach the queues that template.yaml's rules name, and no others. */
class EventRoutingIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SqsClient SQS = AwsClients.sqs();
    private static ProvisionedStack stack;

    @BeforeAll
    static void provision() throws Exception {
        stack = TestStacks.provision(TestStacks.MARKETPLACE_TEMPLATE, TestStacks.uniqueName("it-routing"));
    }

    @Test
    void aMatchCreatedEventArrivesInTheCreateOrderQueue() throws Exception {
        put("marketplace.trading", "match.created", "{\"match_id\":42,\"event_id\":\"e-1\"}");

        Message message = receiveOne(stack.ref("CreateOrderQueue"));
        JsonNode envelope = JSON.readTree(message.body());

        assertThat(envelope.path("detail-type").asText()).isEqualTo("match.created");
        assertThat(envelope.path("source").asText()).isEqualTo("marketplace.trading");
        assertThat(envelope.path("detail").path("match_id").asLong()).isEqualTo(42);
        assertThat(receive(stack.ref("PaymentIntentQueue"), 1)).isEmpty();
    }

    @Test
    void anOrderCreatedEventGoesToPaymentIntentAndAnOrderCompletedEventToPayouts() throws Exception {
        put("marketplace.orders", "order.created", "{\"order_id\":7}");
        put("marketplace.orders", "order.completed", "{\"order_id\":8}");

        assertThat(JSON.readTree(receiveOne(stack.ref("PaymentIntentQueue")).body())
                        .path("detail")
                        .path("order_id")
                        .asLong())
                .isEqualTo(7);
        assertThat(JSON.readTree(receiveOne(stack.ref("PayoutQueue")).body())
                        .path("detail")
                        .path("order_id")
                        .asLong())
                .isEqualTo(8);
    }

    @Test
    void anEventNoRuleMatchesReachesNoQueue() {
        put("marketplace.orders", "order.shipped", "{\"order_id\":9}");

        assertThat(receive(stack.ref("CreateOrderQueue"), 2)).isEmpty();
        assertThat(receive(stack.ref("PaymentIntentQueue"), 1)).isEmpty();
        assertThat(receive(stack.ref("PayoutQueue"), 1)).isEmpty();
    }

    private static void put(String source, String detailType, String detail) {
        var result = AwsClients.eventBridge()
                .putEvents(request -> request.entries(entry -> entry.eventBusName(stack.ref("MarketplaceEventBus"))
                        .source(source)
                        .detailType(detailType)
                        .detail(detail)));
        assertThat(result.failedEntryCount()).isZero();
    }

    private static Message receiveOne(String queueUrl) {
        List<Message> messages = receive(queueUrl, 10);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static List<Message> receive(String queueUrl, int waitSeconds) {
        List<Message> messages = SQS.receiveMessage(request ->
                        request.queueUrl(queueUrl).waitTimeSeconds(waitSeconds).maxNumberOfMessages(10))
                .messages();
        messages.forEach(message ->
                SQS.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle())));
        return messages;
    }
}
