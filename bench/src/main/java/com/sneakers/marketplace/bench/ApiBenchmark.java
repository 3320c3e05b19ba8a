package com.sneakers.marketplace.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.functions.httpapi.HttpApi;
import com.sneakers.marketplace.functions.httpapi.HttpApiWiring;
import com.sneakers.marketplace.local.LocalConfig;
import com.sneakers.marketplace.local.LocalRuntime;
import com.sneakers.marketplace.local.lambda.FunctionSpec;
import com.sneakers.marketplace.local.lambda.LambdaContainer;
import com.sneakers.marketplace.local.lambda.LambdaFunction;
import com.sneakers.marketplace.platform.config.Settings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Latency of the HTTP API measured against a baseline in the same run: the cold start of the
 * http-api function (process start to first response, under the Lambda runtime interface client)
 * against a plain Jackson handler started the same way, and warm in-process latency of
 * {@code GET /api/v1/products/{id}} and {@code POST /api/v1/auth/login} against the plain handler.
 * Needs the emulators (bench/run.sh starts them). Reports ratios; the absolute numbers depend on the machine.
 */
public final class ApiBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(ApiBenchmark.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COLD_ROUNDS = 5;
    private static final int WARM_UP = 300;
    private static final int READS = 1000;
    private static final int LOGINS = 100;
    private static final int MATCHING_BIDS = 200;
    private static final String PASSWORD = "bench-password-1";

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("TEMPLATE", root.resolve("template.yaml").toString());
        env.put("STACK_NAME", "bench-" + UUID.randomUUID().toString().substring(0, 6));
        env.put("PORT", "0");
        env.put("LOCAL_WORK_DIR", root.resolve("bench/target/runtime").toString());
        env.put(
                "LAMBDA_RUNTIME_DIR",
                root.resolve("local/target/lambda-runtime").toString());
        env.put("PARAM_RateLimitPerMinute", "10000000");
        env.remove("DATABASE_URL");
        LocalConfig config = LocalConfig.fromEnvironment(env);
        try (LocalRuntime runtime = LocalRuntime.start(config, Clock.systemUTC())) {
            new ApiBenchmark().run(runtime, config, root);
        }
        System.exit(0);
    }

    private void run(LocalRuntime runtime, LocalConfig config, Path root) throws Exception {
        String base = "http://127.0.0.1:" + runtime.port();
        long productId = httpJson("GET", base + "/api/v1/products/search?q=concord", null)
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        String email = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        JsonNode buyer = httpJson(
                "POST",
                base + "/api/v1/auth/register",
                Map.of("email", email, "password", PASSWORD, "first_name", "Bench", "last_name", "Mark"));
        JsonNode seller = httpJson(
                "POST",
                base + "/api/v1/auth/register",
                Map.of("email", "seller-" + email, "password", PASSWORD, "first_name", "Bench", "last_name", "Seller"));
        JsonNode sizes = httpJson("GET", base + "/api/v1/products/" + productId + "/sizes", null)
                .path("items");
        String productPath = "/api/v1/products/" + productId;
        String loginBody = JSON.writeValueAsString(Map.of("email", email, "password", PASSWORD));

        LambdaContainer httpApi = runtime.function("HttpApiFunction");
        try (LambdaContainer plain = plainHandler(config, root)) {
            List<Long> apiCold = new ArrayList<>();
            List<Long> plainCold = new ArrayList<>();
            String coldEvent = eventJson("GET", productPath, null);
            for (int round = 0; round < COLD_ROUNDS; round++) {
                apiCold.add(coldStart(httpApi, coldEvent));
                plainCold.add(coldStart(plain, coldEvent));
            }

            HttpApi inProcess =
                    HttpApiWiring.httpApi(new Settings(merged(httpApi.spec().environment(), config.awsEnvironment())));
            PlainJacksonHandler plainInProcess = new PlainJacksonHandler();
            byte[] plainEvent = eventJson("GET", productPath, null).getBytes(StandardCharsets.UTF_8);
            Supplier<Object> read = () -> expectOk(inProcess.apply(
                    MessageBuilder.withPayload(event("GET", productPath, null)).build()));
            Supplier<Object> login = () ->
                    expectOk(inProcess.apply(MessageBuilder.withPayload(event("POST", "/api/v1/auth/login", loginBody))
                            .build()));
            Supplier<Object> baseline = () -> {
                try {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    plainInProcess.handleRequest(new ByteArrayInputStream(plainEvent), out, null);
                    return out;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            measure(read, WARM_UP);
            measure(baseline, WARM_UP);
            List<Long> reads = measure(read, READS);
            List<Long> logins = measure(login, LOGINS);
            List<Long> plainWarm = measure(baseline, READS);

            TradingBenchmark trading = new TradingBenchmark(
                    runtime.dataSource(),
                    productId,
                    buyer.path("user").path("id").asLong(),
                    seller.path("user").path("id").asLong());
            TradingBenchmark.Throughput throughput =
                    trading.hotBookThroughput(sizes.get(0).path("id").asLong());
            long matchingSize = sizes.get(1).path("id").asLong();
            String bidBody = JSON.writeValueAsString(
                    Map.of("product_id", productId, "size_id", matchingSize, "price", "180.00"));
            String buyerToken = buyer.path("access_token").asText();
            Supplier<Object> matchingBid = () -> expectCreated(inProcess.apply(
                    MessageBuilder.withPayload(withBearer(event("POST", "/api/v1/bids", bidBody), buyerToken))
                            .build()));
            trading.restingAsks(matchingSize, "180.00", MATCHING_BIDS);
            List<Long> bidsInProcess = measure(matchingBid, MATCHING_BIDS);
            trading.restingAsks(matchingSize, "180.00", MATCHING_BIDS);
            List<Long> bidsThroughRuntime =
                    measure(() -> httpPost(base + "/api/v1/bids", bidBody, buyerToken), MATCHING_BIDS);

            String report = report(apiCold, plainCold, reads, logins, plainWarm)
                    + trading.report(throughput, bidsInProcess, bidsThroughRuntime, plainWarm);
            LOG.info("\n{}", report);
            Files.writeString(root.resolve("bench/target/results.md"), report);
        }
    }

    private static long coldStart(LambdaContainer container, String event) {
        container.stop();
        long start = System.nanoTime();
        LambdaFunction.Invocation invocation = container.invoke(event);
        long elapsed = System.nanoTime() - start;
        if (!invocation.succeeded() || !invocation.payload().contains("\"statusCode\":200")) {
            throw new IllegalStateException(container.spec().logicalId() + " failed: " + invocation);
        }
        return elapsed;
    }

    private static List<Long> measure(Supplier<Object> action, int times) {
        List<Long> samples = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            action.get();
            samples.add(System.nanoTime() - start);
        }
        Collections.sort(samples);
        return samples;
    }

    private static String report(
            List<Long> apiCold, List<Long> plainCold, List<Long> reads, List<Long> logins, List<Long> plainWarm) {
        Collections.sort(apiCold);
        Collections.sort(plainCold);
        double baseline = percentile(plainWarm, 50);
        return String.join(
                "\n",
                "# HTTP API benchmark",
                "",
                "Machine: " + Runtime.getRuntime().availableProcessors()
                        + " cores; baseline = plain Jackson handler, same run.",
                "",
                "| measure | http-api | baseline | ratio |",
                "|---|---|---|---|",
                row(
                        "cold start, median of " + COLD_ROUNDS + " (ms)",
                        percentile(apiCold, 50),
                        percentile(plainCold, 50)),
                row("warm GET /products/{id} p50 (ms)", percentile(reads, 50), baseline),
                row("warm GET /products/{id} p99 (ms)", percentile(reads, 99), percentile(plainWarm, 99)),
                row("warm POST /auth/login p50 (ms)", percentile(logins, 50), baseline),
                row("warm POST /auth/login p99 (ms)", percentile(logins, 99), percentile(plainWarm, 99)),
                "");
    }

    private static String row(String name, double value, double baseline) {
        return String.format("| %s | %.3f | %.3f | %.1fx |", name, value, baseline, value / baseline);
    }

    private static double percentile(List<Long> sortedNanos, int percentile) {
        int index = Math.min(sortedNanos.size() - 1, (int) Math.ceil(percentile / 100.0 * sortedNanos.size()) - 1);
        return sortedNanos.get(Math.max(0, index)) / 1_000_000.0;
    }

    private static LambdaContainer plainHandler(LocalConfig config, Path root) throws Exception {
        FunctionSpec spec = new FunctionSpec(
                "PlainJacksonHandler",
                "bench-plain-jackson-handler",
                root.resolve("bench/target/plain-jackson-handler.jar"),
                PlainJacksonHandler.class.getName() + "::handleRequest",
                1024,
                Duration.ofSeconds(20),
                Map.of("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"),
                Map.of());
        return new LambdaContainer(
                spec, config.lambdaRuntimeDir(), config.workDir(), config.awsEnvironment(), Clock.systemUTC());
    }

    private static Object expectOk(APIGatewayV2HTTPResponse response) {
        if (response.getStatusCode() != 200) {
            throw new IllegalStateException("Unexpected " + response.getStatusCode() + ": " + response.getBody());
        }
        return response;
    }

    private static Object expectCreated(APIGatewayV2HTTPResponse response) {
        if (response.getStatusCode() != 201 || !response.getBody().contains("\"matches\":[{")) {
            throw new IllegalStateException("Expected a matching placement: " + response.getBody());
        }
        return response;
    }

    private static APIGatewayV2HTTPEvent withBearer(APIGatewayV2HTTPEvent event, String token) {
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("authorization", "Bearer " + token);
        event.setHeaders(headers);
        return event;
    }

    private static Object httpPost(String url, String body, String token) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", "Bearer " + token)
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 || !response.body().contains("\"matches\":[{")) {
                throw new IllegalStateException("Expected a matching placement: " + response.body());
            }
            return response;
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static double percentileMillis(List<Long> sortedNanos, int percentile) {
        return percentile(sortedNanos, percentile);
    }

    private static APIGatewayV2HTTPEvent event(String method, String path, String body) {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(method + " " + path)
                .withRawPath(path)
                .withHeaders(Map.of("content-type", "application/json", "user-agent", "bench"))
                .withBody(body)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId(UUID.randomUUID().toString())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(path)
                                .withSourceIp("198.51.100.1")
                                .build())
                        .build())
                .build();
    }

    private static String eventJson(String method, String path, String body) throws Exception {
        Map<String, Object> event = new HashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", method + " " + path);
        event.put("rawPath", path);
        event.put("rawQueryString", "");
        event.put("headers", Map.of("content-type", "application/json"));
        event.put("isBase64Encoded", false);
        if (body != null) {
            event.put("body", body);
        }
        event.put(
                "requestContext",
                Map.of(
                        "requestId", UUID.randomUUID().toString(),
                        "http",
                                Map.of(
                                        "method",
                                        method,
                                        "path",
                                        path,
                                        "sourceIp",
                                        "198.51.100.1",
                                        "protocol",
                                        "HTTP/1.1")));
        return JSON.writeValueAsString(event);
    }

    private static Map<String, String> merged(Map<String, String> first, Map<String, String> second) {
        Map<String, String> merged = new HashMap<>(first);
        merged.putAll(second);
        return merged;
    }

    private static JsonNode httpJson(String method, String url, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }
}
