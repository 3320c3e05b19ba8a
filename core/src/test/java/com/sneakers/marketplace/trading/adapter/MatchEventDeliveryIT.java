package com.sneakers.marketplace.trading.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.outbox.EventBridgePublisher;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxRelay;
import com.sneakers.marketplace.trading.PlaceResult.Placed;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** A match's event reaches the bus even when EventBridge is down at the moment of the placement. */
class MatchEventDeliveryIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SqsClient SQS = AwsClients.sqs();
    private static final EventBridgeClient UNREACHABLE_EVENTBRIDGE = EventBridgeClient.builder()
            .endpointOverride(URI.create("http://127.0.0.1:9"))
            .overrideConfiguration(config -> config.retryStrategy(retry -> retry.maxAttempts(1)))
            .build();

    private final TradingFixture books = new TradingFixture();
    private String bus;
    private String queueUrl;

    @BeforeEach
    void busRoutingMatchesToAQueue() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var events = AwsClients.eventBridge();
        bus = events.createEventBus(request -> request.name("it-matches-" + suffix))
                .eventBusArn();
        queueUrl = SQS.createQueue(request -> request.queueName("it-matches-" + suffix))
                .queueUrl();
        String queueArn = SQS.getQueueAttributes(
                        request -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        events.putRule(request -> request.name("match-created")
                .eventBusName(bus)
                .eventPattern("{\"source\":[\"marketplace.trading\"],\"detail-type\":[\"match.created\"]}"));
        events.putTargets(
                request -> request.rule("match-created").eventBusName(bus).targets(target -> target.id("queue")
                        .arn(queueArn)));
    }

    @Test
    void aPlacementSucceedsWhileEventBridgeIsDownAndTheSweeperDeliversItsMatchLater() throws Exception {
        long alice = books.user("alice");
        long bob = books.user("bob");
        books.ask(alice, "210", 1);

        Outbox busDown = Outbox.publishingAfterCommit(
                books.database, new EventBridgePublisher(UNREACHABLE_EVENTBRIDGE, bus), books.clock);
        Placed bid = books.bid(TradingModule.create(books.database, busDown, books.clock), bob, "215", 1);

        assertThat(bid.matches()).hasSize(1);
        assertThat(books.number("SELECT count(*) FROM outbox WHERE published_at IS NULL AND attempts = 1"
                        + " AND last_error IS NOT NULL"))
                .as("published right after commit, and failed")
                .isEqualTo(1);
        assertThat(receive()).isEmpty();

        books.clock.advance(Duration.ofMinutes(1));
        OutboxRelay.Result sweep = relay(AwsClients.eventBridge()).relayDue(100);

        assertThat(sweep.published()).isEqualTo(1);
        List<JsonNode> delivered = receive();
        assertThat(delivered).singleElement().satisfies(event -> {
            assertThat(event.path("detail").path("match_id").asLong())
                    .isEqualTo(bid.matches().get(0).id());
            assertThat(event.path("detail").path("price").asText()).isEqualTo("210.00");
        });
    }

    private OutboxRelay relay(EventBridgeClient eventBridge) {
        return new OutboxRelay(books.database, new Outbox(), new EventBridgePublisher(eventBridge, bus), books.clock);
    }

    private List<JsonNode> receive() throws Exception {
        List<Message> messages = SQS.receiveMessage(
                        request -> request.queueUrl(queueUrl).waitTimeSeconds(2).maxNumberOfMessages(10))
                .messages();
        for (Message message : messages) {
            SQS.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
        }
        List<JsonNode> events = new java.util.ArrayList<>();
        for (Message message : messages) {
            events.add(JSON.readTree(message.body()));
        }
        return events;
    }
}
