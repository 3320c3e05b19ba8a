package com.sneakers.marketplace.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.failure.TransientFailure;
import com.sneakers.marketplace.platform.idempotency.IdempotencyStore;
import com.sneakers.marketplace.platform.json.Json;
import com.sneakers.marketplace.platform.ratelimit.RateLimiter;
import com.sneakers.marketplace.testing.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The HTTP pipeline with its DynamoDB rate limiter and idempotency store on moto. */
class HttpPipelineIT {
    private static final DynamoDbClient DYNAMO = AwsClients.dynamoDb();
    private static final Caller USER = new Caller(7, Set.of("user"), "jti-1", Instant.parse("2030-01-01T00:00:00Z"));
    private static final Duration REMAINING = Duration.ofSeconds(20);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T22:00:10Z"));
    private final AtomicInteger creations = new AtomicInteger();
    private String rateTable;
    private String idempotencyTable;

    @BeforeEach
    void tables() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        rateTable = table("it-rate-" + suffix, "pk");
        idempotencyTable = table("it-idempotency-" + suffix, "id");
    }

    private final List<Route> routes = List.of(
            Route.get(
                            "/things/{id}",
                            Route.Access.PUBLIC,
                            request -> ApiResponse.ok(Map.of("id", request.pathParameter("id"))))
                    .cacheable(),
            Route.post("/things", Route.Access.USER, request -> {
                        var fields = request.json();
                        String name = fields.requiredText("name");
                        fields.validated();
                        if (name.equals("explode")) {
                            throw new IllegalStateException("database password is hunter2");
                        }
                        if (name.equals("stripe-down")) {
                            throw new PassingFailure();
                        }
                        return ApiResponse.created(Map.of("name", name, "number", creations.incrementAndGet()));
                    })
                    .withIdempotencyKey(),
            Route.delete("/things/{id}", Route.Access.ADMIN, request -> ApiResponse.noContent()));

    private HttpPipeline pipeline(int rateLimit, DynamoDbClient rateStore) {
        AccessTokenVerifier tokens = token -> token.equals("good")
                ? new AccessTokenVerifier.Verified(USER)
                : new AccessTokenVerifier.Rejected("bad signature");
        return new HttpPipeline(
                new Router(routes),
                Cors.fromSetting("https://shop.example"),
                new RateLimiter(rateStore, rateTable, rateLimit, clock),
                tokens,
                new IdempotencyStore(DYNAMO, idempotencyTable, Duration.ofHours(1), clock),
                clock);
    }

    private HttpPipeline pipeline() {
        return pipeline(100, DYNAMO);
    }

    @Test
    void anUnknownPathIsANotFoundProblemAndAWrongMethodIsAMethodNotAllowedProblem() {
        ApiResponse notFound = pipeline().handle(request("GET", "/nothing", null, Map.of()), REMAINING);
        ApiResponse wrongMethod = pipeline().handle(request("PUT", "/things/1", null, Map.of()), REMAINING);

        assertProblem(notFound, 404);
        assertProblem(wrongMethod, 405);
        assertThat(wrongMethod.headers()).containsEntry("Allow", "DELETE, GET");
    }

    @Test
    void aProtectedRouteWithoutAValidBearerTokenIsUnauthorizedWithAChallenge() {
        ApiResponse missing = pipeline().handle(request("POST", "/things", "{\"name\":\"a\"}", json()), REMAINING);
        ApiResponse invalid =
                pipeline().handle(request("POST", "/things", "{\"name\":\"a\"}", bearer("forged")), REMAINING);

        assertProblem(missing, 401);
        assertThat(missing.headers().get("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(invalid, 401);
        assertThat(invalid.headers().get("WWW-Authenticate")).contains("error=\"invalid_token\"");
        assertThat(creations).hasValue(0);
    }

    @Test
    void aUserOnAnAdminRouteIsForbidden() {
        assertProblem(pipeline().handle(request("DELETE", "/things/1", null, bearer("good")), REMAINING), 403);
    }

    @Test
    void badBodiesGetTheirOwnProblems() {
        assertProblem(pipeline().handle(request("POST", "/things", "{\"name\":", bearer("good")), REMAINING), 400);
        ApiResponse invalid = pipeline().handle(request("POST", "/things", "{\"name\":42}", bearer("good")), REMAINING);
        assertProblem(invalid, 400);
        assertThat(body(invalid).path("errors").path("name").asText()).isEqualTo("must be a string");
        Map<String, String> xml = new HashMap<>(bearer("good"));
        xml.put("content-type", "application/xml");
        assertProblem(pipeline().handle(request("POST", "/things", "<name/>", xml), REMAINING), 415);
        String huge = "{\"name\":\"" + "x".repeat(HttpPipeline.MAX_BODY_BYTES) + "\"}";
        assertProblem(pipeline().handle(request("POST", "/things", huge, bearer("good")), REMAINING), 413);
        assertThat(creations).hasValue(0);
    }

    @Test
    void aDependencyFailingJustNowIsAServiceUnavailableProblemToRetry() {
        ApiResponse response =
                pipeline().handle(request("POST", "/things", "{\"name\":\"stripe-down\"}", bearer("good")), REMAINING);

        assertProblem(response, 503);
        assertThat(response.headers()).containsEntry("Retry-After", "5");
        assertThat(response.body()).doesNotContain("10.0.0.7");
    }

    /** Like a Stripe outage or a lost database connection. */
    private static final class PassingFailure extends RuntimeException implements TransientFailure {
        PassingFailure() {
            super("connect timed out to 10.0.0.7");
        }
    }

    @Test
    void anUnexpectedErrorIsAnInternalServerErrorProblemThatRevealsNothing() {
        ApiResponse response =
                pipeline().handle(request("POST", "/things", "{\"name\":\"explode\"}", bearer("good")), REMAINING);

        assertProblem(response, 500);
        assertThat(response.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }

    @Test
    void overTheLimitIsTooManyRequestsWithRetryAfterAndEveryResponseCarriesTheLimitHeaders() {
        HttpPipeline limited = pipeline(2, DYNAMO);

        ApiResponse first = limited.handle(request("GET", "/things/1", null, Map.of()), REMAINING);
        ApiResponse second = limited.handle(request("GET", "/things/1", null, Map.of()), REMAINING);
        ApiResponse third = limited.handle(request("GET", "/things/1", null, Map.of()), REMAINING);

        assertThat(first.headers()).containsEntry("RateLimit-Limit", "2").containsEntry("RateLimit-Remaining", "1");
        assertThat(second.headers()).containsEntry("RateLimit-Remaining", "0");
        assertProblem(third, 429);
        assertThat(third.headers()).containsEntry("Retry-After", "50").containsEntry("RateLimit-Reset", "50");

        clock.advance(Duration.ofMinutes(1));
        assertThat(limited.handle(request("GET", "/things/1", null, Map.of()), REMAINING)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void whenTheRateLimitStoreIsDownTheApiKeepsServing() {
        DynamoDbClient unreachable = DynamoDbClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .overrideConfiguration(config -> config.retryStrategy(retry -> retry.maxAttempts(1)))
                .build();

        ApiResponse response = pipeline(1, unreachable).handle(request("GET", "/things/1", null, Map.of()), REMAINING);

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstResponseWithoutRunningAgain() {
        Map<String, String> headers = withKey(bearer("good"), "key-1");

        ApiResponse first = pipeline().handle(request("POST", "/things", "{\"name\":\"a\"}", headers), REMAINING);
        ApiResponse retry = pipeline().handle(request("POST", "/things", "{\"name\":\"a\"}", headers), REMAINING);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers()).containsEntry("Idempotent-Replayed", "true");
        assertThat(creations).hasValue(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsUnprocessableAndWhileInProgressAConflict() {
        Map<String, String> headers = withKey(bearer("good"), "key-2");
        pipeline().handle(request("POST", "/things", "{\"name\":\"a\"}", headers), REMAINING);

        assertProblem(pipeline().handle(request("POST", "/things", "{\"name\":\"b\"}", headers), REMAINING), 422);

        new IdempotencyStore(DYNAMO, idempotencyTable, Duration.ofHours(1), clock)
                .claim(
                        "http#user:7#POST /things#key-3",
                        sha256Of("POST /things\n{\"name\":\"c\"}"),
                        clock.instant().plusSeconds(30));
        assertProblem(
                pipeline()
                        .handle(
                                request("POST", "/things", "{\"name\":\"c\"}", withKey(bearer("good"), "key-3")),
                                REMAINING),
                409);
        assertThat(creations).hasValue(1);
    }

    @Test
    void aFailedRequestReleasesItsKeySoARetryRunsAgain() {
        Map<String, String> headers = withKey(bearer("good"), "key-4");

        assertProblem(pipeline().handle(request("POST", "/things", "{\"name\":\"explode\"}", headers), REMAINING), 500);
        ApiResponse again = pipeline().handle(request("POST", "/things", "{\"name\":\"explode\"}", headers), REMAINING);

        assertProblem(again, 500);
        assertThat(again.headers()).doesNotContainKey("Idempotent-Replayed");
    }

    @Test
    void anExpiredRecordIsIgnoredEvenBeforeDynamoDbDeletesIt() {
        Map<String, String> headers = withKey(bearer("good"), "key-5");
        pipeline().handle(request("POST", "/things", "{\"name\":\"a\"}", headers), REMAINING);

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        ApiResponse later = pipeline().handle(request("POST", "/things", "{\"name\":\"a\"}", headers), REMAINING);

        assertThat(later.headers()).doesNotContainKey("Idempotent-Replayed");
        assertThat(creations).hasValue(2);
    }

    @Test
    void preflightsFromAllowedOriginsAreAnsweredAndOtherOriginsGetNoGrant() {
        ApiResponse allowed = pipeline()
                .handle(
                        request(
                                "OPTIONS",
                                "/things",
                                null,
                                Map.of("origin", "https://shop.example", "access-control-request-method", "POST")),
                        REMAINING);
        ApiResponse foreign = pipeline()
                .handle(request("GET", "/things/1", null, Map.of("origin", "https://evil.example")), REMAINING);

        assertThat(allowed.status()).isEqualTo(204);
        assertThat(allowed.headers())
                .containsEntry("Access-Control-Allow-Origin", "https://shop.example")
                .containsKey("Access-Control-Allow-Methods")
                .containsKey("Access-Control-Allow-Headers");
        assertThat(foreign.headers()).doesNotContainKey("Access-Control-Allow-Origin");
    }

    @Test
    void cacheableReadsCarryAnETagAndAnswerAMatchingIfNoneMatchWithNotModified() {
        ApiResponse first = pipeline().handle(request("GET", "/things/9", null, Map.of()), REMAINING);
        String etag = first.headers().get("ETag");

        ApiResponse again =
                pipeline().handle(request("GET", "/things/9", null, Map.of("if-none-match", etag)), REMAINING);

        assertThat(first.headers()).containsEntry("Cache-Control", "public, max-age=300");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private static ApiRequest request(String method, String path, String body, Map<String, String> headers) {
        return new ApiRequest(
                method,
                path,
                Map.of(),
                Map.of(),
                headers,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8),
                "198.51.100.7",
                UUID.randomUUID().toString(),
                Optional.empty());
    }

    private static Map<String, String> json() {
        return Map.of("content-type", "application/json");
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("authorization", "Bearer " + token, "content-type", "application/json");
    }

    private static Map<String, String> withKey(Map<String, String> headers, String key) {
        Map<String, String> copy = new HashMap<>(headers);
        copy.put("idempotency-key", key);
        return copy;
    }

    private static void assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.headers()).containsEntry("Content-Type", Problem.MEDIA_TYPE);
        JsonNode problem = body(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("type").asText()).isNotBlank();
    }

    private static JsonNode body(ApiResponse response) {
        return Json.read(response.body(), new com.fasterxml.jackson.core.type.TypeReference<JsonNode>() {});
    }

    private static String sha256Of(String text) throws RuntimeException {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String table(String name, String key) {
        DYNAMO.createTable(request -> request.tableName(name)
                .billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(
                        definition -> definition.attributeName(key).attributeType("S"))
                .keySchema(schema -> schema.attributeName(key).keyType("HASH")));
        return name;
    }
}
