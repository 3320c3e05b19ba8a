package com.sneakers.marketplace.local.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where localstripe posts the local runtime's Stripe events ({@code /_local/stripe-webhooks}): each
 * is passed on as it came, signature and all, to the API's webhook route, at once, or after the hold
 * of a {@code webhook_delay} fault, as a delivery Stripe retries late would arrive. Events about
 * another local runtime's payments (localstripe sends every runtime everything) are dropped.
 */
public final class WebhookRelay implements HttpHandler, AutoCloseable {
    public static final String PATH = "/_local/stripe-webhooks";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookRelay.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI webhookRoute;
    private final FaultPlan faults;
    private final java.util.function.Predicate<JsonNode> concernsThisRuntime;
    private final AtomicInteger held = new AtomicInteger();
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "held-webhooks");
        thread.setDaemon(true);
        return thread;
    });

    /** @param concernsThisRuntime which events are this runtime's; the others are acknowledged and dropped */
    public WebhookRelay(
            URI webhookRoute, FaultPlan faults, java.util.function.Predicate<JsonNode> concernsThisRuntime) {
        this.webhookRoute = webhookRoute;
        this.faults = faults;
        this.concernsThisRuntime = concernsThisRuntime;
    }

    /** Stripe events held back and not yet delivered. */
    public int held() {
        return held.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String signature = exchange.getRequestHeaders().getFirst("Stripe-Signature");
            JsonNode event = event(body);
            String type = event.path("type").asText("");
            if (!concernsThisRuntime.test(event)) {
                answer(exchange, 200, "{\"received\":true}".getBytes());
                return;
            }
            Optional<Duration> delay = faults.webhookDelay(
                    type, event.path("data").path("object").path("id").asText(""));
            if (delay.isPresent()) {
                LOG.info("Injected webhook delay: {} is held for {}", type, delay.get());
                held.incrementAndGet();
                later.schedule(
                        () -> {
                            try {
                                deliver(body, signature);
                            } finally {
                                held.decrementAndGet();
                            }
                        },
                        delay.get().toMillis(),
                        TimeUnit.MILLISECONDS);
                answer(exchange, 200, "{\"received\":true}".getBytes());
                return;
            }
            HttpResponse<byte[]> delivered = deliver(body, signature);
            answer(
                    exchange,
                    delivered == null ? 502 : delivered.statusCode(),
                    delivered == null ? new byte[0] : delivered.body());
        }
    }

    private HttpResponse<byte[]> deliver(byte[] body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(webhookRoute)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            LOG.warn("A Stripe event did not reach {}: {}", webhookRoute, e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static JsonNode event(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException unreadable) {
            return JSON.createObjectNode();
        }
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        later.shutdownNow();
    }
}
