package com.sneakers.marketplace.platform.idempotency;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sneakers.marketplace.platform.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Idempotency records in DynamoDB with the semantics of Powertools idempotency: a request first
 * claims its key as INPROGRESS (until {@code inProgressUntil}, taken from the Lambda's remaining
 * time), then stores its response as COMPLETED; records expire by TTL and, because DynamoDB deletes
 * expired items late, by an explicit check too. A failed request releases its key so a retry runs.
 */
public final class IdempotencyStore {
    private static final String IN_PROGRESS = "INPROGRESS";
    private static final String COMPLETED = "COMPLETED";
    private static final TypeReference<StoredResponse> RESPONSE = new TypeReference<>() {};

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Duration expiry;
    private final Clock clock;

    public IdempotencyStore(DynamoDbClient dynamoDb, String table, Duration expiry, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.expiry = expiry;
        this.clock = clock;
    }

    /** A response as it was first given, to give again. */
    public record StoredResponse(int status, Map<String, String> headers, String body) {}

    public sealed interface Claim {}

    /** The key was free: run the request, then {@link #complete} or {@link #release} it. */
    public record Claimed() implements Claim {}

    /** The same request ran before: answer with its response. */
    public record AlreadyCompleted(StoredResponse response) implements Claim {}

    /** The same key is being processed right now. */
    public record InProgress() implements Claim {}

    /** The key was used for a different request. */
    public record PayloadMismatch() implements Claim {}

    public Claim claim(String key, String payloadHash, Instant inProgressUntil) {
        Instant now = clock.instant();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("id", AttributeValue.fromS(key));
        item.put("status", AttributeValue.fromS(IN_PROGRESS));
        item.put("payload_hash", AttributeValue.fromS(payloadHash));
        item.put("in_progress_expiration", number(inProgressUntil.toEpochMilli()));
        item.put("expiration", number(now.plus(expiry).getEpochSecond()));
        try {
            dynamoDb.putItem(request -> request.tableName(table)
                    .item(item)
                    .conditionExpression("attribute_not_exists(id) OR expiration < :now"
                            + " OR (#status = :in_progress AND in_progress_expiration < :now_millis)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(
                            ":now", number(now.getEpochSecond()),
                            ":now_millis", number(now.toEpochMilli()),
                            ":in_progress", AttributeValue.fromS(IN_PROGRESS))));
            return new Claimed();
        } catch (ConditionalCheckFailedException taken) {
            return existing(key, payloadHash, inProgressUntil);
        }
    }

    private Claim existing(String key, String payloadHash, Instant inProgressUntil) {
        Map<String, AttributeValue> record = dynamoDb.getItem(request -> request.tableName(table)
                        .key(Map.of("id", AttributeValue.fromS(key)))
                        .consistentRead(true))
                .item();
        if (record == null || record.isEmpty()) {
            return claim(key, payloadHash, inProgressUntil);
        }
        if (!payloadHash.equals(record.get("payload_hash").s())) {
            return new PayloadMismatch();
        }
        if (COMPLETED.equals(record.get("status").s())) {
            return new AlreadyCompleted(Json.read(record.get("response").s(), RESPONSE));
        }
        return new InProgress();
    }

    public void complete(String key, StoredResponse response) {
        dynamoDb.updateItem(request -> request.tableName(table)
                .key(Map.of("id", AttributeValue.fromS(key)))
                .updateExpression("SET #status = :completed, #response = :response")
                .expressionAttributeNames(Map.of("#status", "status", "#response", "response"))
                .expressionAttributeValues(Map.of(
                        ":completed", AttributeValue.fromS(COMPLETED),
                        ":response", AttributeValue.fromS(Json.write(response)))));
    }

    public void release(String key) {
        dynamoDb.deleteItem(request -> request.tableName(table).key(Map.of("id", AttributeValue.fromS(key))));
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
