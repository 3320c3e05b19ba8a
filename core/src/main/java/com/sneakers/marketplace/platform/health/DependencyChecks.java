package com.sneakers.marketplace.platform.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The checks of each kind of dependency; each reads only, never writes. */
public final class DependencyChecks {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private DependencyChecks() {}

    public static DependencyCheck database(DataSource dataSource) {
        return DependencyCheck.of("database", () -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!connection.isValid((int) TIMEOUT.toSeconds())) {
                    throw new IllegalStateException("connection is not valid");
                }
            }
        });
    }

    public static DependencyCheck sqs(SqsClient sqs, List<String> queueUrls) {
        return DependencyCheck.of("sqs", () -> {
            for (String queueUrl : queueUrls) {
                sqs.getQueueAttributes(request ->
                        request.queueUrl(queueUrl).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
            }
        });
    }

    public static DependencyCheck eventBridge(EventBridgeClient eventBridge, String busName) {
        return DependencyCheck.of("eventbridge", () -> eventBridge.describeEventBus(request -> request.name(busName)));
    }

    public static DependencyCheck dynamoDb(DynamoDbClient dynamoDb, List<String> tableNames) {
        return DependencyCheck.of("dynamodb", () -> {
            for (String table : tableNames) {
                dynamoDb.describeTable(request -> request.tableName(table));
            }
        });
    }

    public static DependencyCheck secretsManager(SecretsManagerClient secrets, List<String> secretIds) {
        return DependencyCheck.of("secretsmanager", () -> {
            for (String secretId : secretIds) {
                secrets.describeSecret(request -> request.secretId(secretId));
            }
        });
    }

    /** Any HTTP answer means the endpoint is reachable; only a connection failure or time-out is down. */
    public static DependencyCheck httpEndpoint(String name, URI uri) {
        return DependencyCheck.of(
                name,
                () -> HTTP.send(
                        HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.discarding()));
    }
}
