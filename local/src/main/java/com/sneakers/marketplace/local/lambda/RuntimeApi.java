package com.sneakers.marketplace.local.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The server side of the Lambda Runtime API (2018-06-01) for one function: the runtime interface
 * client in the function's JVM asks {@code /next} for an invocation and posts the response or the
 * error back, exactly as it does on Lambda.
 */
final class RuntimeApi implements AutoCloseable {
    private static final String PREFIX = "/2018-06-01/runtime/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String functionArn;
    private final Clock clock;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final Map<String, Pending> inFlight = new ConcurrentHashMap<>();
    /** Server threads holding a {@code /next} request open; a discarded container's must not take new work. */
    private final Set<Thread> waitingForNext = ConcurrentHashMap.newKeySet();

    private volatile CompletableFuture<String> initError = new CompletableFuture<>();

    RuntimeApi(String functionArn, Clock clock) throws IOException {
        this.functionArn = functionArn;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PREFIX, this::handle);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "runtime-api");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues an invocation; the future completes with the function's response or its error. */
    CompletableFuture<LambdaFunction.Invocation> submit(String event, Duration timeout) {
        Pending pending = new Pending(
                UUID.randomUUID().toString(), event, clock.millis() + timeout.toMillis(), new CompletableFuture<>());
        waiting.add(pending);
        return pending.result;
    }

    /** Completes when the function reports that its initialisation failed. */
    CompletableFuture<String> initError() {
        return initError;
    }

    /** A new container starts: forget the previous one's init error and in-flight work. */
    void reset() {
        waitingForNext.forEach(Thread::interrupt);
        initError = new CompletableFuture<>();
        inFlight.values()
                .forEach(pending -> pending.result.complete(
                        LambdaFunction.Invocation.failure("Runtime.ExitError", "the function's process ended")));
        inFlight.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.equals("invocation/next")) {
                next(exchange);
            } else if (path.equals("init/error")) {
                initError.complete(body);
                reply(exchange, 202, "{}");
            } else if (path.startsWith("invocation/") && path.endsWith("/response")) {
                complete(exchange, requestId(path), LambdaFunction.Invocation.success(body));
            } else if (path.startsWith("invocation/") && path.endsWith("/error")) {
                JsonNode error = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
                complete(
                        exchange,
                        requestId(path),
                        LambdaFunction.Invocation.failure(
                                error.path("errorType").asText("Unhandled"),
                                error.path("errorMessage").asText(body)));
            } else {
                reply(exchange, 404, "{\"errorMessage\":\"unknown runtime API path\"}");
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        Pending pending;
        waitingForNext.add(Thread.currentThread());
        try {
            pending = waiting.take();
        } catch (InterruptedException discarded) {
            return;
        } finally {
            waitingForNext.remove(Thread.currentThread());
        }
        inFlight.put(pending.requestId, pending);
        var headers = exchange.getResponseHeaders();
        headers.add("Lambda-Runtime-Aws-Request-Id", pending.requestId);
        headers.add("Lambda-Runtime-Deadline-Ms", Long.toString(pending.deadlineMillis));
        headers.add("Lambda-Runtime-Invoked-Function-Arn", functionArn);
        headers.add(
                "Lambda-Runtime-Trace-Id",
                "Root=1-" + Long.toHexString(clock.millis() / 1000) + "-"
                        + pending.requestId.replace("-", "").substring(0, 24) + ";Sampled=0");
        reply(exchange, 200, pending.event);
    }

    private void complete(HttpExchange exchange, String requestId, LambdaFunction.Invocation outcome)
            throws IOException {
        Pending pending = inFlight.remove(requestId);
        if (pending == null) {
            reply(exchange, 400, "{\"errorMessage\":\"unknown or finished request id\"}");
            return;
        }
        pending.result.complete(outcome);
        reply(exchange, 202, "{\"status\":\"OK\"}");
    }

    private static String requestId(String path) {
        return path.split("/")[1];
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Pending(
            String requestId, String event, long deadlineMillis, CompletableFuture<LambdaFunction.Invocation> result) {}
}
