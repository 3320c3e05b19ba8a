package com.sneakers.marketplace.local.stripe;

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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Stripe API base URL for the local runtime: Connect requests (accounts, account links,
 * transfers) go to stripe-mock, which knows Connect; everything else goes to localstripe, which keeps
 * state and sends webhooks. Requests and answers pass through unchanged.
 */
public final class StripeFront implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StripeFront.class);
    private static final List<String> CONNECT_PATHS = List.of("/v1/accounts", "/v1/account_links", "/v1/transfers");
    /** Headers the HTTP client sets itself, or that describe one hop only. */
    private static final Set<String> HOP_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding", "keep-alive");

    private final URI localstripe;
    private final URI stripeMock;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public StripeFront(URI localstripe, URI stripeMock, String host, int port) throws IOException {
        this.localstripe = withoutTrailingSlash(localstripe);
        this.stripeMock = withoutTrailingSlash(stripeMock);
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
            String pathAndQuery =
                    requested.getRawPath() + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery());
            URI target = URI.create(upstreamFor(requested.getRawPath()) + pathAndQuery);
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(target)
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
                LOG.warn("Stripe emulator {} unreachable: {}", target, e.toString());
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
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
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
