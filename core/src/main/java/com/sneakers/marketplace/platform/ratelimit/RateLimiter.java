package com.sneakers.marketplace.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Fixed one-minute windows per client, counted with DynamoDB atomic counters that expire by TTL.
 * When DynamoDB cannot be reached the request is allowed (fail open) and the failure logged: an
 * outage of the counter store must not take the API down.
 */
public final class RateLimiter {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final int limit;
    private final Clock clock;

    public RateLimiter(DynamoDbClient dynamoDb, String table, int limitPerWindow, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.limit = limitPerWindow;
        this.clock = clock;
    }

    /** What the limiter decided, with what the {@code RateLimit-*} headers report. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {}

    public Decision check(String client) {
        long nowSeconds = clock.millis() / 1000;
        long windowSeconds = WINDOW.toSeconds();
        long window = nowSeconds / windowSeconds;
        long windowEnd = (window + 1) * windowSeconds;
        long reset = windowEnd - nowSeconds;
        try {
            long count = Long.parseLong(dynamoDb.updateItem(request -> request.tableName(table)
                            .key(Map.of("pk", AttributeValue.fromS("rate#" + client + "#" + window)))
                            .updateExpression(
                                    "ADD request_count :one SET expires_at = if_not_exists(expires_at, :expiry)")
                            .expressionAttributeValues(Map.of(
                                    ":one", AttributeValue.fromN("1"),
                                    ":expiry", AttributeValue.fromN(Long.toString(windowEnd + windowSeconds))))
                            .returnValues(ReturnValue.UPDATED_NEW))
                    .attributes()
                    .get("request_count")
                    .n());
            return new Decision(count <= limit, limit, (int) Math.max(0, limit - count), reset);
        } catch (SdkException unavailable) {
            LOG.warn("Rate limiting skipped, the counter store failed: {}", unavailable.toString());
            return new Decision(true, limit, limit, reset);
        }
    }
}
