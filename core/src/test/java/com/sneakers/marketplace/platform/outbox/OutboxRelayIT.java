package com.sneakers.marketplace.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.TestDatabase;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    private final MutableClock clock = new MutableClock(NOW);
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
    void theSweepPublishesEveryEventLeftBehindOnceAndMarksItPublished() throws Exception {
        UUID first = append("marketplace.trading", "match.created", "{\"match_id\":1}");
        UUID second = append("marketplace.orders", "order.created", "{\"order_id\":2}");
        OutboxRelay relay = relay(bus);

        OutboxRelay.Result tooEarly = relay.relayDue(100);
        clock.advance(OutboxRelay.WRITER_GRACE);
        OutboxRelay.Result result = relay.relayDue(100);
        OutboxRelay.Result again = relay.relayDue(100);

        assertThat(tooEarly).isEqualTo(new OutboxRelay.Result(0, 0));
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
    void theWriterPublishesItsOwnEventsRightAfterCommitAndTheSweepThenHasNothingToDo() throws Exception {
        UUID event = append("marketplace.trading", "match.created", "{\"match_id\":5}");

        OutboxRelay.Result published = relay(bus).publish(List.of(event));
        clock.advance(OutboxRelay.WRITER_GRACE);

        assertThat(published).isEqualTo(new OutboxRelay.Result(1, 0));
        assertThat(relay(bus).relayDue(100)).isEqualTo(new OutboxRelay.Result(0, 0));
        assertThat(receive(1)).hasSize(1);
    }

    @Test
    void anEventThatCannotBePublishedStaysWithItsErrorAndIsRetriedAfterItsBackoff() throws Exception {
        UUID event = append("marketplace.trading", "match.created", "{\"match_id\":3}");
        clock.advance(OutboxRelay.WRITER_GRACE);

        OutboxRelay.Result failed = relay(UNREACHABLE_EVENTBRIDGE, bus).relayDue(100);

        assertThat(failed).isEqualTo(new OutboxRelay.Result(0, 1));
        assertThat(column("published_at IS NULL", event)).isEqualTo("t");
        assertThat(column("attempts", event)).isEqualTo("1");
        assertThat(column("last_error", event)).isNotBlank();

        clock.advance(Duration.ofSeconds(20));
        assertThat(relay(bus).relayDue(100)).as("still backing off").isEqualTo(new OutboxRelay.Result(0, 0));
        clock.advance(Duration.ofSeconds(11));
        OutboxRelay.Result retried = relay(bus).relayDue(100);

        assertThat(retried).isEqualTo(new OutboxRelay.Result(1, 0));
        assertThat(column("attempts", event)).isEqualTo("2");
        assertThat(column("last_error IS NULL", event)).isEqualTo("t");
        assertThat(receive(1)).hasSize(1);
    }

    @Test
    void concurrentSweepsNeverPublishAnEventTwice() throws Exception {
        int events = 40;
        for (int i = 0; i < events; i++) {
            append("marketplace.trading", "match.created", "{\"match_id\":" + i + "}");
        }
        clock.advance(OutboxRelay.WRITER_GRACE);
        ExecutorService sweepers = Executors.newFixedThreadPool(4);
        List<Future<OutboxRelay.Result>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(sweepers.submit(() -> relay(bus).relayDue(15)));
        }
        int published = 0;
        for (Future<OutboxRelay.Result> run : runs) {
            published += run.get().published();
        }
        sweepers.shutdown();
        published += relay(bus).relayDue(100).published();

        assertThat(published).isEqualTo(events);
        assertThat(receive(events))
                .extracting(event -> event.path("detail").path("match_id").asInt())
                .doesNotHaveDuplicates()
                .hasSize(events);
    }

    @Test
    void anEventAppendedInATransactionThatRollsBackIsNeverPublished() throws Exception {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            outbox.append(connection, event("marketplace.trading", "match.created", "{\"match_id\":4}"));
            connection.rollback();
        }
        clock.advance(OutboxRelay.WRITER_GRACE);

        assertThat(relay(bus).relayDue(100)).isEqualTo(new OutboxRelay.Result(0, 0));
    }

    @Test
    void retriesBackOffExponentiallyUpToFifteenMinutes() {
        assertThat(OutboxRelay.backoff(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxRelay.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxRelay.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(OutboxRelay.backoff(9)).isEqualTo(Duration.ofMinutes(15));
    }

    private OutboxRelay relay(String busName) {
        return relay(EVENTS, busName);
    }

    private OutboxRelay relay(EventBridgeClient eventBridge, String busName) {
        return new OutboxRelay(database, outbox, new EventBridgePublisher(eventBridge, busName), clock);
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
        for (int attempt = 0; attempt < 20 && events.size() < expected; attempt++) {
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
