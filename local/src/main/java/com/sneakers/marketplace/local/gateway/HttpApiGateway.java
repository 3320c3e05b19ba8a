package com.sneakers.marketplace.local.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sneakers.marketplace.local.lambda.LambdaFunction;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a template's HTTP API routes the way API Gateway does: each request becomes a payload 2.0
 * event for the function behind its route, and the function's response becomes the HTTP response.
 */
public final class HttpApiGateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApiGateway.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern(
                    "dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final List<Binding> bindings;
    private final Clock clock;
    private final HttpServer server;

    public record Binding(Route route, LambdaFunction function) {}

    public HttpApiGateway(List<Binding> bindings, String host, int port, Clock clock) throws IOException {
        this.bindings = bindings.stream()
                .sorted(Comparator.comparingInt(
                                (Binding binding) -> binding.route().specificity())
                        .reversed())
                .toList();
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    /** Serves a path of the local runtime's own (never one of the API's) with its own handler. */
    public void control(String path, HttpHandler handler) {
        server.createContext(path, handler);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            Optional<Matched> matched = match(method, path);
            if (matched.isEmpty()) {
                send(exchange, 404, Map.of("Content-Type", "application/json"), "{\"message\":\"Not Found\"}");
                return;
            }
            String requestId = UUID.randomUUID().toString();
            String event = event(exchange, matched.get(), requestId);
            LambdaFunction.Invocation invocation =
                    matched.get().binding().function().invoke(event);
            if (!invocation.succeeded()) {
                LOG.warn(
                        "{} {} failed in the function: {} {}",
                        method,
                        path,
                        invocation.errorType(),
                        invocation.errorMessage());
                send(
                        exchange,
                        500,
                        Map.of("Content-Type", "application/json"),
                        "{\"message\":\"Internal Server Error\"}");
                return;
            }
            respond(exchange, invocation.payload());
        } catch (RuntimeException e) {
            LOG.error("The gateway failed on {}", exchange.getRequestURI(), e);
            send(exchange, 500, Map.of("Content-Type", "application/json"), "{\"message\":\"Internal Server Error\"}");
        }
    }

    private Optional<Matched> match(String method, String path) {
        for (Binding binding : bindings) {
            Optional<Map<String, String>> parameters = binding.route().match(method, path);
            if (parameters.isPresent()) {
                return Optional.of(new Matched(binding, parameters.get()));
            }
        }
        return Optional.empty();
    }

    private String event(HttpExchange exchange, Matched matched, String requestId) throws IOException {
        ObjectNode event = JSON.createObjectNode();
        String rawQuery =
                Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        event.put("version", "2.0");
        event.put("routeKey", matched.binding().route().routeKey());
        event.put("rawPath", exchange.getRequestURI().getRawPath());
        event.put("rawQueryString", rawQuery);

        ObjectNode headers = event.putObject("headers");
        List<String> cookies = new ArrayList<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Cookie")) {
                values.forEach(value -> cookies.addAll(List.of(value.split(";\\s*"))));
            } else {
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values));
            }
        });
        if (!cookies.isEmpty()) {
            cookies.forEach(event.putArray("cookies")::add);
        }
        Map<String, String> query = query(rawQuery);
        if (!query.isEmpty()) {
            ObjectNode parameters = event.putObject("queryStringParameters");
            query.forEach(parameters::put);
        }
        if (!matched.pathParameters().isEmpty()) {
            ObjectNode parameters = event.putObject("pathParameters");
            matched.pathParameters()
                    .forEach((name, value) -> parameters.put(name, URLDecoder.decode(value, StandardCharsets.UTF_8)));
        }

        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host"))
                .orElse("localhost");
        context.put("domainName", host);
        context.put("domainPrefix", host.split("[.:]")[0]);
        ObjectNode http = context.putObject("http");
        http.put("method", exchange.getRequestMethod());
        http.put("path", exchange.getRequestURI().getRawPath());
        http.put("protocol", exchange.getProtocol());
        http.put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress());
        http.put(
                "userAgent",
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("User-Agent"))
                        .orElse(""));
        context.put("requestId", requestId);
        context.put("routeKey", matched.binding().route().routeKey());
        context.put("stage", "$default");
        context.put("time", REQUEST_TIME.format(clock.instant()));
        context.put("timeEpoch", clock.millis());

        byte[] body = exchange.getRequestBody().readAllBytes();
        if (body.length > 0) {
            String contentType = Optional.ofNullable(
                            exchange.getRequestHeaders().getFirst("Content-Type"))
                    .orElse("");
            boolean text = isText(contentType);
            event.put(
                    "body",
                    text
                            ? new String(body, StandardCharsets.UTF_8)
                            : Base64.getEncoder().encodeToString(body));
            event.put("isBase64Encoded", !text);
        } else {
            event.put("isBase64Encoded", false);
        }
        return JSON.writeValueAsString(event);
    }

    /** Payload 2.0 responses: a structured response, or any other JSON returned as a 200 body. */
    private void respond(HttpExchange exchange, String payload) throws IOException {
        JsonNode response = JSON.readTree(payload == null || payload.isBlank() ? "null" : payload);
        if (!(response instanceof ObjectNode structured) || !structured.has("statusCode")) {
            send(exchange, 200, Map.of("Content-Type", "application/json"), payload);
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        structured
                .path("headers")
                .fields()
                .forEachRemaining(
                        header -> headers.put(header.getKey(), header.getValue().asText()));
        structured.path("cookies").forEach(cookie -> exchange.getResponseHeaders()
                .add("Set-Cookie", cookie.asText()));
        JsonNode bodyNode = structured.path("body");
        byte[] body = bodyNode.isMissingNode() || bodyNode.isNull()
                ? new byte[0]
                : structured.path("isBase64Encoded").asBoolean(false)
                        ? Base64.getDecoder().decode(bodyNode.asText())
                        : bodyNode.asText().getBytes(StandardCharsets.UTF_8);
        send(exchange, structured.path("statusCode").asInt(), headers, body);
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body)
            throws IOException {
        send(exchange, status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        headers.forEach(exchange.getResponseHeaders()::set);
        boolean noBody =
                body.length == 0 || exchange.getRequestMethod().equals("HEAD") || status == 204 || status == 304;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            exchange.getResponseBody().write(body);
        }
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            String[] parts = pair.split("=", 2);
            String name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            String value = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
            parameters.merge(name, value, (first, second) -> first + "," + second);
        }
        return parameters;
    }

    private static boolean isText(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.isEmpty()
                || type.startsWith("text/")
                || type.contains("json")
                || type.contains("xml")
                || type.contains("x-www-form-urlencoded")
                || type.contains("javascript");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Matched(Binding binding, Map<String, String> pathParameters) {}
}
