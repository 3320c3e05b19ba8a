package com.sneakers.marketplace.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * {@code /_local/activity}: whether the local marketplace is quiet, which no deployment can say in one
 * call: no event left in the outbox, no message waiting or in flight on a queue, no Stripe event held
 * back. Dead-lettered messages are counted apart; they stay until someone re-drives them.
 */
final class LocalActivity implements HttpHandler {
    static final String PATH = "/_local/activity";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqsClient sqs;
    private final Map<String, String> queueUrls;
    private final DataSource database;
    private final IntSupplier heldWebhooks;

    /** @param queueUrls every queue of the stack by logical id; those ending in DLQ are dead-letter queues */
    LocalActivity(SqsClient sqs, Map<String, String> queueUrls, DataSource database, IntSupplier heldWebhooks) {
        this.sqs = sqs;
        this.queueUrls = Map.copyOf(queueUrls);
        this.database = database;
        this.heldWebhooks = heldWebhooks;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            int status = 200;
            try {
                body = JSON.writeValueAsBytes(state());
            } catch (SQLException | RuntimeException e) {
                status = 503;
                body = JSON.writeValueAsBytes(Map.of("title", "Unavailable", "status", 503, "detail", e.toString()));
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    Map<String, Object> state() throws SQLException {
        Map<String, Object> queues = new LinkedHashMap<>();
        Map<String, Object> deadLetters = new LinkedHashMap<>();
        boolean quiet = true;
        for (Map.Entry<String, String> queue : new java.util.TreeMap<>(queueUrls).entrySet()) {
            Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(
                            request -> request.queueUrl(queue.getValue())
                                    .attributeNames(
                                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))
                    .attributes();
            int visible = count(attributes, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
            int inFlight = count(attributes, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE);
            int delayed = count(attributes, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED);
            if (queue.getKey().endsWith("DLQ")) {
                deadLetters.put(queue.getKey(), visible + inFlight + delayed);
            } else {
                queues.put(queue.getKey(), Map.of("visible", visible, "in_flight", inFlight, "delayed", delayed));
                quiet &= visible + inFlight + delayed == 0;
            }
        }
        long unpublished = unpublishedEvents();
        int held = heldWebhooks.getAsInt();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("quiet", quiet && unpublished == 0 && held == 0);
        state.put("outbox_unpublished", unpublished);
        state.put("held_webhooks", held);
        state.put("queues", queues);
        state.put("dead_letters", deadLetters);
        return state;
    }

    private long unpublishedEvents() throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM outbox WHERE published_at IS NULL")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static int count(Map<QueueAttributeName, String> attributes, QueueAttributeName name) {
        return Integer.parseInt(attributes.getOrDefault(name, "0"));
    }
}
