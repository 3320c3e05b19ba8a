package com.sneakers.marketplace.local.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The functions' EventBridge endpoint in the local runtime: passes every request on to the emulator,
 * except a {@code PutEvents} that the {@link FaultPlan} fails, which is answered as EventBridge
 * answers an outage of its own: every entry refused with {@code InternalFailure}. The outbox keeps
 * such events and the sweeper's relay publishes them later.
 */
public final class EventBridgeFront implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventBridgeFront.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> HOP_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding", "keep-alive");

    private final URI upstream;
    private final FaultPlan faults;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public EventBridgeFront(URI upstream, String host, FaultPlan faults) throws IOException {
        String text = upstream.toString();
        this.upstream = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.faults = faults;
        this.server = HttpServer.create(new InetSocketAddress(host, 0), 64);
        server.createContext("/", this::forward);
        server.setExecutor(executor);
        server.start();
    }

    public URI baseUri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort());
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if ("AWSEvents.PutEvents".equals(target) && faults.failPublish()) {
                LOG.info("Injected EventBridge failure: every entry of a PutEvents is refused");
                answer(exchange, 200, "application/x-amz-json-1.1", refusedEntries(body));
                return;
            }
            URI requested = exchange.getRequestURI();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream + requested.toString()))
                    .timeout(Duration.ofSeconds(30))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                exchange.sendResponseHeaders(502, -1);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            response.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            answer(exchange, response.statusCode(), null, response.body());
        }
    }

    static byte[] refusedEntries(byte[] putEvents) throws IOException {
        int entries = JSON.readTree(putEvents).path("Entries").size();
        ObjectNode answer = JSON.createObjectNode();
        answer.put("FailedEntryCount", entries);
        ArrayNode results = answer.putArray("Entries");
        for (int i = 0; i < entries; i++) {
            results.addObject()
                    .put("ErrorCode", "InternalFailure")
                    .put("ErrorMessage", "A fault injected by the local runtime");
        }
        return JSON.writeValueAsBytes(answer);
    }

    private static void answer(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
