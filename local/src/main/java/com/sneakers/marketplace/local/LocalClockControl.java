package com.sneakers.marketplace.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.platform.time.ShiftableClock;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code /_local/clock}: the local runtime's time machine, which no deployment has. {@code GET} tells
 * the time every function sees; {@code POST {"advance": "P7D"}} moves it forward and fires the
 * schedules once, as their rules would at the new time.
 */
final class LocalClockControl implements HttpHandler {
    static final String PATH = "/_local/clock";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ShiftableClock clock;
    private final Consumer<Duration> advance;

    LocalClockControl(ShiftableClock clock, Consumer<Duration> advance) {
        this.clock = clock;
        this.advance = advance;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestMethod().equals("POST")) {
                Duration by;
                try {
                    JsonNode body = JSON.readTree(exchange.getRequestBody());
                    by = Duration.parse(body.path("advance").asText());
                } catch (IOException | DateTimeParseException e) {
                    send(exchange, 400, problem("advance must be an ISO-8601 duration such as P7D or PT25H"));
                    return;
                }
                if (by.isNegative()) {
                    send(exchange, 400, problem("time only moves forward"));
                    return;
                }
                advance.accept(by);
            } else if (!exchange.getRequestMethod().equals("GET")) {
                send(exchange, 405, problem("GET or POST"));
                return;
            }
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("now", clock.instant().toString());
            state.put("offset", clock.offset().toString());
            send(exchange, 200, state);
        }
    }

    private static Map<String, Object> problem(String detail) {
        return Map.of("title", "Bad Request", "status", 400, "detail", detail);
    }

    private static void send(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders()
                .set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.getResponseBody().flush();
    }
}
