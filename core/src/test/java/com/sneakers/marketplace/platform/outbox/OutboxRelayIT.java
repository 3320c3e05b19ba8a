package com.sneakers.marketplace.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.testing.TestDatabase;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The outbox relay between a real Postgres and LocalStack's EventBridge. */
class OutboxRelayIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final EventBridgeClient EVENTS = AwsClients.eventBridge();
    private static final SqsClient SQS = AwsClients.sqs();
    /** EventBridge as seen during an outage: nothing listens where the client connects. */
    private static final EventBridgeClient UNREACHABLE_EVENTBRIDGE = EventBridgeClient.builder()
            .endpointOverride(URI.create("http://127.0.0.1:9"))
            .overrideConfiguration(config -> config.retryStrategy(retry -> retry.maxAttempts(1)))
            .build();

    private final Outbox outbox = new Outbox();
    private DataSource database;
    private String bus;
    private String queueUrl;

    @BeforeEach
    void busWithARuleToAQueue() {
        database = TestDatabase.migrated();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        bus = EVENTS.createEventBus(request -> request.name("it-outbox-" + suffix))
                .eventBusArn();
        queueUrl = SQS.createQueue(request -> request.queueName("it-outbox-" + suffix))
                .queueUrl();
        String queueArn = SQS.getQueueAttributes(
                        request -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        EVENTS.putRule(request -> request.name("all-marketplace")
                .eventBusName(bus)
                .eventPattern("{\"source\":[{\"prefix\":\"marketplace.\"}]}"));
        EVENTS.putTargets(
                request -> request.rule("all-marketplace").eventBusName(bus).targets(target -> target.id("queue")
                        .arn(queueArn)));
    }

    @Test
    void publishesEveryAppendedEventOnceAndMarksItPublished() throws Exception {
        UUID first = append("marketplace.trading", "match.created", "{\"match_id\":1}");
        UUID second = append("marketplace.orders", "order.created", "{\"order_id\":2}");
        OutboxRelay relay = relay(bus);

        OutboxRelay.Result result = relay.relay(100);
        OutboxRelay.Result again = relay.relay(100);

        assertThat(result).isEqualTo(new OutboxRelay.Result(2, 0));
        assertThat(again).isEqualTo(new OutboxRelay.Result(0, 0));
        List<JsonNode> delivered = receive(2);
        assertThat(delivered)
                .extracting(event -> event.path("detail-type").asText())
                .containsExactlyInAnyOrder("match.created", "order.created");
        assertThat(delivered)
                .extracting(event -> event.path("detail").toString())
                .containsExactlyInAnyOrder("{\"match_id\":1}", "{\"order_id\":2}");
        assertThat(column("published_at IS NOT NULL", first)).isEqualTo("t");
        assertThat(column("published_at IS NOT NULL", second)).isEqualTo("t");
    }

    @Test
    void anEventThatCannotBePublishedStaysInTheOutboxWithItsErrorAndIsRetriedNextTime() throws Exception {
        UUID event = append("marketplace.trading", "match.created", "{\"match_id\":3}");

        OutboxRelay.Result failed = relay(UNREACHABLE_EVENTBRIDGE, bus).relay(100);

        assertThat(failed).isEqualTo(new OutboxRelay.Result(0, 1));
        assertThat(column("published_at IS NULL", event)).isEqualTo("t");
        assertThat(column("attempts", event)).isEqualTo("1");
        assertThat(column("last_error", event)).isNotBlank();

        OutboxRelay.Result retried = relay(bus).relay(100);

        assertThat(retried).isEqualTo(new OutboxRelay.Result(1, 0));
        assertThat(column("attempts", event)).isEqualTo("2");
        assertThat(column("last_error IS NULL", event)).isEqualTo("t");
        assertThat(receive(1)).hasSize(1);
    }

    @Test
    void anEventAppendedInATransactionThatRollsBackIsNeverPublished() throws Exception {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            outbox.append(connection, event("marketplace.trading", "match.created", "{\"match_id\":4}"));
            connection.rollback();
        }

        assertThat(relay(bus).relay(100)).isEqualTo(new OutboxRelay.Result(0, 0));
    }

    private OutboxRelay relay(String busName) {
        return relay(EVENTS, busName);
    }

    private OutboxRelay relay(EventBridgeClient eventBridge, String busName) {
        return new OutboxRelay(
                database, outbox, new EventBridgePublisher(eventBridge, busName), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private UUID append(String source, String detailType, String detail) throws Exception {
        OutboxEvent event = event(source, detailType, detail);
        try (Connection connection = database.getConnection()) {
            outbox.append(connection, event);
        }
        return event.eventId();
    }

    private static OutboxEvent event(String source, String detailType, String detail) {
        return new OutboxEvent(UUID.randomUUID(), source, detailType, detail, NOW);
    }

    private String column(String expression, UUID eventId) throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT " + expression + " FROM outbox WHERE event_id = '" + eventId + "'")) {
            row.next();
            return row.getString(1);
        }
    }

    private List<JsonNode> receive(int expected) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (int attempt = 0; attempt < 10 && events.size() < expected; attempt++) {
            for (Message message : SQS.receiveMessage(request ->
                            request.queueUrl(queueUrl).waitTimeSeconds(1).maxNumberOfMessages(10))
                    .messages()) {
                events.add(JSON.readTree(message.body()));
                SQS.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            }
        }
        return events;
    }
}
