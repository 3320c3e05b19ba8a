package com.sneakers.marketplace.identity.adapter;

import com.sneakers.marketplace.identity.SessionFamily;
import com.sneakers.marketplace.identity.SessionStore;
import com.sneakers.marketplace.identity.StoredRefreshToken;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Sessions in the DynamoDB sessions table (hash key {@code pk}, TTL attribute {@code expires_at} in
 * epoch seconds). Three kinds of item:
 *
 * <ul>
 *   <li>{@code refresh#<sha-256 hex>}: {@code user_id}, {@code family_id}, {@code used} (and {@code
 *       used_at} once used), {@code expires_at}
 *   <li>{@code family#<uuid>}: {@code user_id}, {@code revoked}, {@code expires_at} (pushed forward on
 *       every rotation, so it outlives the family's newest token)
 *   <li>{@code revoked-jti#<jti>}: {@code expires_at}, when the denied access token is refused anyway
 * </ul>
 *
 * DynamoDB deletes expired items late, so expiry is always checked explicitly as well. Only
 * GetItem, PutItem and UpdateItem are used, the actions the function's role grants.
 */
public final class DynamoDbSessionStore implements SessionStore {
    private static final String KEY = "pk";
    private static final String EXPIRES_AT = "expires_at";
    private static final String USER_ID = "user_id";
    private static final String FAMILY_ID = "family_id";
    private static final String USED = "used";
    private static final String REVOKED = "revoked";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbSessionStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public void saveFamily(SessionFamily family) {
        put(Map.of(
                KEY, familyKey(family.familyId()),
                USER_ID, number(family.userId()),
                REVOKED, AttributeValue.fromBool(false),
                EXPIRES_AT, epochSeconds(family.expiresAt())));
    }

    @Override
    public boolean isFamilyActive(String familyId, Instant now) {
        return get(familyKey(familyId))
                .filter(family -> !family.get(REVOKED).bool())
                .filter(family -> expiresAt(family).isAfter(now))
                .isPresent();
    }

    @Override
    public void extendFamily(String familyId, Instant expiresAt) {
        setOnExistingItem(familyKey(familyId), EXPIRES_AT, epochSeconds(expiresAt));
    }

    @Override
    public void revokeFamily(String familyId) {
        setOnExistingItem(familyKey(familyId), REVOKED, AttributeValue.fromBool(true));
    }

    @Override
    public void saveRefreshToken(StoredRefreshToken token) {
        put(Map.of(
                KEY, refreshKey(token.tokenHash()),
                USER_ID, number(token.userId()),
                FAMILY_ID, AttributeValue.fromS(token.familyId()),
                USED, AttributeValue.fromBool(token.used()),
                EXPIRES_AT, epochSeconds(token.expiresAt())));
    }

    @Override
    public Optional<StoredRefreshToken> findRefreshToken(String tokenHash) {
        return get(refreshKey(tokenHash))
                .map(item -> new StoredRefreshToken(
                        tokenHash,
                        Long.parseLong(item.get(USER_ID).n()),
                        item.get(FAMILY_ID).s(),
                        item.get(USED).bool(),
                        expiresAt(item)));
    }

    @Override
    public boolean markUsed(String tokenHash, Instant at) {
        try {
            dynamoDb.updateItem(request -> request.tableName(table)
                    .key(Map.of(KEY, refreshKey(tokenHash)))
                    .updateExpression("SET #used = :true, used_at = :at")
                    .conditionExpression("#used = :false")
                    .expressionAttributeNames(Map.of("#used", USED))
                    .expressionAttributeValues(Map.of(
                            ":true", AttributeValue.fromBool(true),
                            ":false", AttributeValue.fromBool(false),
                            ":at", epochSeconds(at))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public void denyAccessToken(String jti, Instant until) {
        put(Map.of(KEY, deniedJtiKey(jti), EXPIRES_AT, epochSeconds(until)));
    }

    @Override
    public boolean isAccessTokenDenied(String jti) {
        return get(deniedJtiKey(jti)).isPresent();
    }

    private void put(Map<String, AttributeValue> item) {
        dynamoDb.putItem(request -> request.tableName(table).item(item));
    }

    private Optional<Map<String, AttributeValue>> get(AttributeValue key) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request ->
                        request.tableName(table).key(Map.of(KEY, key)).consistentRead(true))
                .item();
        return item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /** Sets one attribute of an item that exists; never creates a half item without a TTL. */
    private void setOnExistingItem(AttributeValue key, String attribute, AttributeValue value) {
        try {
            dynamoDb.updateItem(request -> request.tableName(table)
                    .key(Map.of(KEY, key))
                    .updateExpression("SET #attribute = :value")
                    .conditionExpression("attribute_exists(" + KEY + ")")
                    .expressionAttributeNames(Map.of("#attribute", attribute))
                    .expressionAttributeValues(Map.of(":value", value)));
        } catch (ConditionalCheckFailedException e) {
            // the item expired and is gone: there is nothing left to extend or revoke
        }
    }

    private static AttributeValue familyKey(String familyId) {
        return AttributeValue.fromS("family#" + familyId);
    }

    private static AttributeValue refreshKey(String tokenHash) {
        return AttributeValue.fromS("refresh#" + tokenHash);
    }

    private static AttributeValue deniedJtiKey(String jti) {
        return AttributeValue.fromS("revoked-jti#" + jti);
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static AttributeValue epochSeconds(Instant instant) {
        return number(instant.getEpochSecond());
    }

    private static Instant expiresAt(Map<String, AttributeValue> item) {
        return Instant.ofEpochSecond(Long.parseLong(item.get(EXPIRES_AT).n()));
    }
}
