package com.sneakers.marketplace.platform.http;

import com.sneakers.marketplace.platform.failure.TransientFailure;
import com.sneakers.marketplace.platform.idempotency.IdempotencyStore;
import com.sneakers.marketplace.platform.ratelimit.RateLimiter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Every request passes, in order: CORS → request id and access log → rate limit → routing → JWT
 * auth → body limits → the handler (behind {@code Idempotency-Key} where the route honours it) →
 * response formatting (caching headers, rate-limit headers, request id).
 */
public final class HttpPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(HttpPipeline.class);
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

    private final Router router;
    private final Cors cors;
    private final RateLimiter rateLimiter;
    private final AccessTokenVerifier tokens;
    private final IdempotencyStore idempotency;
    private final Clock clock;

    public HttpPipeline(
            Router router,
            Cors cors,
            RateLimiter rateLimiter,
            AccessTokenVerifier tokens,
            IdempotencyStore idempotency,
            Clock clock) {
        this.router = router;
        this.cors = cors;
        this.rateLimiter = rateLimiter;
        this.tokens = tokens;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** Loads the routing and problem-response code without calling anything outside the process. */
    public void prime() {
        router.resolve("GET", "/health");
        Problem.notFound("Priming.").toResponse();
    }

    /** @param remainingTime how long the invocation may still run (the idempotency claim lasts that long) */
    public ApiResponse handle(ApiRequest request, Duration remainingTime) {
        if (cors.isPreflight(request)) {
            return cors.preflight(request);
        }
        long start = System.nanoTime();
        MDC.put("request_id", request.requestId());
        try {
            ApiResponse response = limited(request, remainingTime).withHeader("X-Request-Id", request.requestId());
            response = cors.decorate(request, response);
            MDC.put("status", Integer.toString(response.status()));
            MDC.put("latency_ms", Long.toString(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
            LOG.info("{} {} {}", request.method(), request.path(), response.status());
            return response;
        } finally {
            MDC.clear();
        }
    }

    private ApiResponse limited(ApiRequest request, Duration remainingTime) {
        RateLimiter.Decision decision = rateLimiter.check(request.sourceIp());
        Map<String, String> headers = Map.of(
                "RateLimit-Limit", Integer.toString(decision.limit()),
                "RateLimit-Remaining", Integer.toString(decision.remaining()),
                "RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (!decision.allowed()) {
            return Problem.of(
                            429, "Too Many Requests", "At most " + decision.limit() + " requests a minute are allowed.")
                    .toResponse()
                    .withHeader("Retry-After", Long.toString(decision.resetSeconds()))
                    .withHeaders(headers);
        }
        return routed(request, remainingTime).withHeaders(headers);
    }

    private ApiResponse routed(ApiRequest request, Duration remainingTime) {
        Router.Resolution resolution = router.resolve(request.method(), request.path());
        if (resolution instanceof Router.Found found) {
            MDC.put("route", found.route().key());
            return authorized(request.withPathParameters(found.pathParameters()), found.route(), remainingTime);
        }
        if (resolution instanceof Router.MethodNotAllowed notAllowed) {
            return Problem.of(
                            405, "Method Not Allowed", request.method() + " is not allowed on " + request.path() + ".")
                    .toResponse()
                    .withHeader("Allow", String.join(", ", notAllowed.allowed()));
        }
        return Problem.notFound("No resource at " + request.path() + ".").toResponse();
    }

    private ApiResponse authorized(ApiRequest request, Route route, Duration remainingTime) {
        if (route.access() == Route.Access.PUBLIC) {
            return checked(request, route, remainingTime);
        }
        Optional<String> token = request.header("Authorization")
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).trim());
        if (token.isEmpty()) {
            return unauthenticated("Sign in: this route needs a Bearer access token.", "");
        }
        if (!(tokens.verify(token.get()) instanceof AccessTokenVerifier.Verified verified)) {
            return unauthenticated("The access token is not valid.", ", error=\"invalid_token\"");
        }
        MDC.put("user_id", Long.toString(verified.caller().userId()));
        if (route.access() == Route.Access.ADMIN && !verified.caller().isAdmin()) {
            return Problem.forbidden("This route is for administrators.").toResponse();
        }
        return checked(request.withCaller(verified.caller()), route, remainingTime);
    }

    private static ApiResponse unauthenticated(String detail, String error) {
        return Problem.unauthorized(detail)
                .toResponse()
                .withHeader("WWW-Authenticate", "Bearer realm=\"sneakers-marketplace\"" + error);
    }

    private ApiResponse checked(ApiRequest request, Route route, Duration remainingTime) {
        if (request.body().length > MAX_BODY_BYTES) {
            return Problem.of(413, "Content Too Large", "Request bodies are limited to " + MAX_BODY_BYTES + " bytes.")
                    .toResponse();
        }
        if (request.hasBody() && !isJson(request.header("Content-Type"))) {
            return Problem.of(415, "Unsupported Media Type", "Send the body as application/json.")
                    .toResponse();
        }
        Optional<String> key = request.header("Idempotency-Key");
        ApiResponse response = route.honoursIdempotencyKey() && key.isPresent()
                ? idempotent(request, route, key.get(), remainingTime)
                : invoke(request, route);
        return route.publiclyCacheable()
                ? publicCaching(request, response, route.publicMaxAge())
                : withDefaultCaching(response);
    }

    private ApiResponse idempotent(ApiRequest request, Route route, String key, Duration remainingTime) {
        if (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            return Problem.badRequest("Idempotency-Key must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters.")
                    .toResponse();
        }
        String owner = request.caller().map(caller -> "user:" + caller.userId()).orElse("ip:" + request.sourceIp());
        String recordKey = "http#" + owner + "#" + route.key() + "#" + key;
        String payloadHash = sha256(request.method() + " " + request.path() + "\n" + request.bodyText());
        IdempotencyStore.Claim claim =
                idempotency.claim(recordKey, payloadHash, clock.instant().plus(remainingTime));
        if (claim instanceof IdempotencyStore.AlreadyCompleted completed) {
            IdempotencyStore.StoredResponse first = completed.response();
            return new ApiResponse(first.status(), first.headers(), first.body())
                    .withHeader("Idempotent-Replayed", "true");
        }
        if (claim instanceof IdempotencyStore.InProgress) {
            return Problem.conflict("A request with this Idempotency-Key is still being processed; retry later.")
                    .toResponse();
        }
        if (claim instanceof IdempotencyStore.PayloadMismatch) {
            return Problem.of(
                            422,
                            "Unprocessable Content",
                            "This Idempotency-Key was already used for a different request.")
                    .toResponse();
        }
        ApiResponse response;
        try {
            response = invoke(request, route);
        } catch (RuntimeException e) {
            idempotency.release(recordKey);
            throw e;
        }
        if (response.status() >= 500) {
            idempotency.release(recordKey);
        } else {
            idempotency.complete(
                    recordKey,
                    new IdempotencyStore.StoredResponse(response.status(), response.headers(), response.body()));
        }
        return response;
    }

    private static ApiResponse invoke(ApiRequest request, Route route) {
        try {
            return route.handler().handle(request);
        } catch (ProblemException problem) {
            return problem.problem().toResponse();
        } catch (RuntimeException unexpected) {
            if (unexpected instanceof TransientFailure) {
                LOG.warn(
                        "{} {}: a dependency failed just now: {}",
                        request.method(),
                        request.path(),
                        unexpected.toString());
                return Problem.of(
                                503,
                                "Service Unavailable",
                                "A service we depend on failed just now. Retry in a few seconds; the same Idempotency-Key makes the retry safe.")
                        .toResponse()
                        .withHeader("Retry-After", "5");
            }
            LOG.error("{} {} failed", request.method(), request.path(), unexpected);
            return Problem.of(
                            500,
                            "Internal Server Error",
                            "Something went wrong on our side; quote request id " + request.requestId() + ".")
                    .toResponse();
        }
    }

    private static ApiResponse publicCaching(ApiRequest request, ApiResponse response, Duration maxAge) {
        if (response.status() != 200) {
            return withDefaultCaching(response);
        }
        String etag = "\"" + sha256(response.body()).substring(0, 32) + "\"";
        String cacheControl = "public, max-age=" + maxAge.toSeconds();
        boolean unchanged = request.header("If-None-Match")
                .map(values -> values.trim().equals("*")
                        || List.of(values.split("\\s*,\\s*")).contains(etag))
                .orElse(false);
        if (unchanged) {
            return new ApiResponse(304, Map.of("ETag", etag, "Cache-Control", cacheControl), "");
        }
        return response.withHeader("ETag", etag).withHeader("Cache-Control", cacheControl);
    }

    private static ApiResponse withDefaultCaching(ApiResponse response) {
        return response.headers().containsKey("Cache-Control")
                ? response
                : response.withHeader("Cache-Control", "no-store");
    }

    private static boolean isJson(Optional<String> contentType) {
        String type = contentType
                .map(value -> value.split(";")[0].trim().toLowerCase(Locale.ROOT))
                .orElse("");
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
