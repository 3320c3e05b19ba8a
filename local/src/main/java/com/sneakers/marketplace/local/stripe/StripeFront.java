package com.sneakers.marketplace.local.stripe;

import com.sneakers.marketplace.local.faults.FaultPlan;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Stripe API base URL for the local runtime: Connect requests (accounts, account links,
 * transfers) go to stripe-mock, which knows Connect; everything else goes to localstripe, which keeps
 * state and sends webhooks. Requests and answers pass through unchanged, except that the front keeps
 * Stripe's promise for idempotency keys, which the emulators ignore ({@link IdempotentReplays}), and
 * injects the Stripe faults the runtime's {@link FaultPlan} arms: a 5xx instead of Stripe's answer, or
 * Stripe's answer held past the client's timeout.
 */
public final class StripeFront implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StripeFront.class);
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private static final List<String> CONNECT_PATHS = List.of("/v1/accounts", "/v1/account_links", "/v1/transfers");
    /** Headers the HTTP client sets itself, or that describe one hop only. */
    private static final Set<String> HOP_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding", "keep-alive");

    private final URI localstripe;
    private final URI stripeMock;
    private final FaultPlan faults;
    private final IdempotentReplays replays = new IdempotentReplays();
    /** The PaymentIntents made or read through this front: this runtime's, not another's on the same localstripe. */
    private final Set<String> paymentIntents = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public StripeFront(URI localstripe, URI stripeMock, String host, int port) throws IOException {
        this(localstripe, stripeMock, host, port, new FaultPlan());
    }

    public StripeFront(URI localstripe, URI stripeMock, String host, int port, FaultPlan faults) throws IOException {
        this.localstripe = withoutTrailingSlash(localstripe);
        this.stripeMock = withoutTrailingSlash(stripeMock);
        this.faults = faults;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        server.createContext("/", this::forward);
        server.setExecutor(executor);
        server.start();
    }

    public URI baseUri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The emulator that serves a path. */
    URI upstreamFor(String path) {
        boolean connect =
                CONNECT_PATHS.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
        return connect ? stripeMock : localstripe;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI requested = exchange.getRequestURI();
            String method = exchange.getRequestMethod();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Optional<FaultPlan.Fault> fault = faults.stripe(method, requested.getRawPath());
            if (fault.isPresent() && fault.get().kind() == FaultPlan.Kind.STRIPE_ERROR) {
                LOG.info("Injected Stripe {} for {} {}", fault.get().status(), method, requested.getRawPath());
                answer(
                        exchange,
                        IdempotentReplays.Answer.injectedError(fault.get().status()));
                return;
            }
            String idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            IdempotentReplays.Answer answer = method.equals("POST") && idempotencyKey != null
                    ? replays.answer(
                            requested.getRawPath(), idempotencyKey, body, () -> send(exchange, requested, body))
                    : send(exchange, requested, body);
            if (fault.isPresent()) {
                LOG.info(
                        "Injected Stripe timeout: {} {} is held for {}",
                        method,
                        requested.getRawPath(),
                        fault.get().hold());
                hold(fault.get().hold());
            }
            try {
                answer(exchange, answer);
            } catch (IOException clientGaveUp) {
                LOG.debug("The client of {} gave up before the answer: {}", requested, clientGaveUp.toString());
            }
        }
    }

    private IdempotentReplays.Answer send(HttpExchange exchange, URI requested, byte[] body) {
        String pathAndQuery =
                requested.getRawPath() + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery());
        URI target = URI.create(upstreamFor(requested.getRawPath()) + pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    headers.put(name, values);
                }
            });
            remember(requested.getRawPath(), response);
            return new IdempotentReplays.Answer(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            LOG.warn("Stripe emulator {} unreachable: {}", target, e.toString());
            return new IdempotentReplays.Answer(502, Map.of(), new byte[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new IdempotentReplays.Answer(503, Map.of(), new byte[0]);
        }
    }

    private void remember(String path, HttpResponse<byte[]> response) {
        if (path.startsWith("/v1/payment_intents") && response.statusCode() < 300) {
            try {
                com.fasterxml.jackson.databind.JsonNode intent = JSON.readTree(response.body());
                if (intent.path("object").asText().equals("payment_intent")) {
                    paymentIntents.add(intent.path("id").asText());
                }
            } catch (IOException notJson) {
                LOG.debug("An answer of {} is not JSON", path);
            }
        }
    }

    /**
     * Whether a Stripe event concerns this runtime: localstripe is one Stripe account for every local
     * runtime on the machine and sends each of them every event, while a real account sends its own.
     */
    public boolean concernsThisRuntime(com.fasterxml.jackson.databind.JsonNode event) {
        com.fasterxml.jackson.databind.JsonNode object = event.path("data").path("object");
        if (!object.path("object").asText().equals("payment_intent") && !object.has("payment_intent")) {
            return true;
        }
        return paymentIntents.contains(object.path("id").asText())
                || paymentIntents.contains(object.path("payment_intent").asText());
    }

    private static void answer(HttpExchange exchange, IdempotentReplays.Answer answer) throws IOException {
        answer.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        byte[] bytes = answer.body();
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void hold(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
