package com.sneakers.marketplace.local.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code /_local/faults}: arms the local runtime's fault injection, which no deployment has.
 * {@code POST {"fault": "stripe_error", "method": "POST", "path": "/v1/refunds", "count": 3}} arms a
 * fault for the next {@code count} matching calls ({@code path} is a regular expression matching the
 * start of the request's path); {@code GET} lists what is armed and how many of
 * each were injected; {@code DELETE} disarms everything.
 *
 * <ul>
 *   <li>{@code stripe_error}: the Stripe front answers {@code status} (default 503) instead of Stripe;
 *   <li>{@code stripe_timeout}: Stripe does the work, but its answer is held for {@code hold}
 *       (default past the Stripe client's read timeout);
 *   <li>{@code eventbridge_failure}: the functions' next PutEvents requests have every entry refused;
 *   <li>{@code consumer_failure}: the consumer of {@code queue} (create-order, payment-intent, payouts,
 *       stripe-webhooks.fifo) fails the next message on every receive until it is dead-lettered;
 *   <li>{@code webhook_delay}: the next Stripe events of {@code type} about the Stripe object with
 *       id {@code object} (any by default) reach the API only after {@code hold} (default 30 s).
 * </ul>
 */
public final class LocalFaultControl implements HttpHandler {
    public static final String PATH = "/_local/faults";
    /** Past the Stripe client's 15 s read timeout (StripePaymentGateway). */
    static final Duration PAST_STRIPE_READ_TIMEOUT = Duration.ofSeconds(16);

    private static final Duration DEFAULT_WEBHOOK_HOLD = Duration.ofSeconds(30);
    private static final Duration LONGEST_WEBHOOK_HOLD = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FaultPlan plan;

    public LocalFaultControl(FaultPlan plan) {
        this.plan = plan;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (exchange.getRequestMethod()) {
                case "GET" -> send(exchange, 200, state());
                case "DELETE" -> {
                    plan.disarm();
                    send(exchange, 200, state());
                }
                case "POST" -> {
                    FaultPlan.Fault fault;
                    try {
                        fault = fault(JSON.readTree(exchange.getRequestBody()));
                    } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
                        send(exchange, 400, problem(e.getMessage()));
                        return;
                    }
                    plan.arm(fault);
                    send(exchange, 201, fault.describe());
                }
                default -> send(exchange, 405, problem("GET, POST or DELETE"));
            }
        }
    }

    static FaultPlan.Fault fault(JsonNode body) {
        String name = body.path("fault").asText("");
        FaultPlan.Kind kind;
        try {
            kind = FaultPlan.Kind.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("fault must be one of stripe_error, stripe_timeout,"
                    + " eventbridge_failure, consumer_failure, webhook_delay; not '" + name + "'");
        }
        int count = body.path("count").asInt(1);
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        int status = body.path("status").asInt(503);
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("status must be a 5xx");
        }
        Duration hold = text(body, "hold")
                .map(Duration::parse)
                .orElse(kind == FaultPlan.Kind.WEBHOOK_DELAY ? DEFAULT_WEBHOOK_HOLD : PAST_STRIPE_READ_TIMEOUT);
        if (kind == FaultPlan.Kind.WEBHOOK_DELAY && hold.compareTo(LONGEST_WEBHOOK_HOLD) > 0) {
            throw new IllegalArgumentException(
                    "a webhook held over " + LONGEST_WEBHOOK_HOLD + " would fail the receiver's signature tolerance");
        }
        return new FaultPlan.Fault(
                kind,
                text(body, "method"),
                text(body, "path"),
                text(body, "queue"),
                text(body, "type"),
                text(body, "object"),
                status,
                hold,
                new AtomicInteger(count));
    }

    private static Optional<String> text(JsonNode body, String field) {
        return Optional.ofNullable(body.get(field)).map(JsonNode::asText).filter(value -> !value.isBlank());
    }

    private Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("armed", plan.armed());
        state.put("injected", plan.injected());
        return state;
    }

    private static Map<String, Object> problem(String detail) {
        return Map.of("title", "Bad Request", "status", 400, "detail", String.valueOf(detail));
    }

    static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders()
                .set("Content-Type", status < 400 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.getResponseBody().flush();
    }
}
