package com.sneakers.marketplace.identity;

import com.sneakers.marketplace.identity.adapter.IdentityModule;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.secrets.SecretStore;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.TestDatabase;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The identity services as the http-api wires them, over a fresh migrated Postgres database, a fresh
 * sessions table in the DynamoDB emulator and a fresh 64-character JWT key in Secrets Manager.
 */
final class IdentityEnvironment {
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    final DataSource database = TestDatabase.migrated();
    final DynamoDbClient dynamoDb = AwsClients.dynamoDb();
    final String sessionsTable = "it-sessions-" + UUID.randomUUID();
    final IdentityModule identity;

    IdentityEnvironment() {
        createSessionsTable();
        SecretsManagerClient secretsManager = AwsClients.secretsManager();
        String secretArn = secretsManager
                .createSecret(
                        request -> request.name("it/jwt-" + UUID.randomUUID()).secretString(randomSigningKey()))
                .arn();
        Settings settings = new Settings(Map.of("SESSIONS_TABLE", sessionsTable, "JWT_SECRET_ARN", secretArn));
        identity = IdentityModule.create(settings, database, new SecretStore(secretsManager), dynamoDb, clock);
    }

    /** The session item with this key, or an empty map. */
    Map<String, AttributeValue> sessionItem(String key) {
        return dynamoDb.getItem(request -> request.tableName(sessionsTable)
                        .key(Map.of("pk", AttributeValue.fromS(key)))
                        .consistentRead(true))
                .item();
    }

    /** The same key schema and TTL attribute as the SessionsTable in template.yaml. */
    private void createSessionsTable() {
        dynamoDb.createTable(request -> request.tableName(sessionsTable)
                .billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(
                        definition -> definition.attributeName("pk").attributeType("S"))
                .keySchema(key -> key.attributeName("pk").keyType("HASH")));
        dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(sessionsTable));
        dynamoDb.updateTimeToLive(request -> request.tableName(sessionsTable)
                .timeToLiveSpecification(ttl -> ttl.attributeName("expires_at").enabled(true)));
    }

    private static String randomSigningKey() {
        SecureRandom random = new SecureRandom();
        return random.ints(64, 0, ALPHANUMERIC.length())
                .mapToObj(index -> String.valueOf(ALPHANUMERIC.charAt(index)))
                .collect(Collectors.joining());
    }
}
