package com.sneakers.marketplace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.local.LocalConfig;
import com.sneakers.marketplace.local.LocalRuntime;
import com.sneakers.marketplace.platform.aws.AwsClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Latency of the asynchronous order flow through the local cloud, as ratios to baselines measured in
 * the same run: match → order and match → PaymentIntent (bus, queues, create-order and payment-intent
 * functions) against one EventBridge → SQS hop; the Stripe webhook receiver's acknowledgement against
 * {@code GET /health} through the same gateway. Waits are observed by polling every
 * {@value #POLL_MILLIS} ms, which bounds their resolution.
 */
public final class FlowBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(FlowBenchmark.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int TRADES = 25;
    private static final int HOPS = 25;
    private static final int WEBHOOKS = 200;
    private static final long POLL_MILLIS = 20;

    private final String base;
    private final LocalRuntime runtime;

    private FlowBenchmark(LocalRuntime runtime) {
        this.runtime = runtime;
        this.base = "http://127.0.0.1:" + runtime.port();
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("TEMPLATE", root.resolve("template.yaml").toString());
        env.put("STACK_NAME", "bench-flow-" + UUID.randomUUID().toString().substring(0, 6));
        env.put("PORT", "0");
        env.put("LOCAL_WORK_DIR", root.resolve("bench/target/runtime-flow").toString());
        env.put(
                "LAMBDA_RUNTIME_DIR",
                root.resolve("local/target/lambda-runtime").toString());
        env.put("PARAM_RateLimitPerMinute", "10000000");
        env.remove("DATABASE_URL");
        try (LocalRuntime runtime = LocalRuntime.start(LocalConfig.fromEnvironment(env), Clock.systemUTC())) {
            String report = new FlowBenchmark(runtime).run();
            LOG.info("\n{}", report);
            Files.createDirectories(root.resolve("bench/target"));
            Files.writeString(root.resolve("bench/target/flow-results.md"), report);
        }
        System.exit(0);
    }

    private String run() throws Exception {
        List<Long> hops = busHops();
        long productId = json("GET", "/api/v1/products/search?q=concord", null, null)
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        JsonNode sizes = json("GET", "/api/v1/products/" + productId + "/sizes", null, null)
                .path("items");
        List<Long> toOrder = new ArrayList<>();
        List<Long> toIntent = new ArrayList<>();
        for (int trade = -2; trade < TRADES; trade++) {
            String seller = register();
            String buyer = register();
            Map<String, Object> offer = Map.of(
                    "product_id",
                    productId,
                    "size_id",
                    sizes.get(Math.floorMod(trade, sizes.size())).path("id").asLong(),
                    "price",
                    "150.00");
            json("POST", "/api/v1/asks", offer, seller);
            long matchId = json("POST", "/api/v1/bids", offer, buyer)
                    .path("matches")
                    .get(0)
                    .path("id")
                    .asLong();
            long matched = System.nanoTime();
            JsonNode made = await(
                    "/api/v1/orders?role=buyer",
                    buyer,
                    item -> item.path("match_id").asLong() == matchId);
            long ordered = System.nanoTime();
            long orderId = made.path("id").asLong();
            await("/api/v1/payments", buyer, item -> item.path("order_id").asLong() == orderId);
            long intended = System.nanoTime();
            if (trade >= 0) {
                toOrder.add(ordered - matched);
                toIntent.add(intended - matched);
            }
        }
        List<Long> health = measure(() -> send("GET", "/health", null, null, Map.of()), WEBHOOKS);
        String secret = webhookSecret();
        List<Long> acks = new ArrayList<>();
        for (int i = 0; i < WEBHOOKS; i++) {
            String payload = event(i);
            String signature = sign(secret, payload);
            long start = System.nanoTime();
            HttpResponse<String> response =
                    send("POST", "/api/v1/webhooks/stripe", payload, null, Map.of("Stripe-Signature", signature));
            acks.add(System.nanoTime() - start);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The receiver refused a signed event: " + response.body());
            }
        }
        Collections.sort(hops);
        Collections.sort(toOrder);
        Collections.sort(toIntent);
        Collections.sort(health);
        Collections.sort(acks);
        return String.join(
                "\n",
                "## Order flow through the local cloud",
                "",
                "| measure | value (ms) | baseline (ms) | ratio |",
                "|---|---|---|---|",
                row("match -> order p50 (baseline: bus -> queue hop p50)", ms(toOrder, 50), ms(hops, 50)),
                row("match -> order p99 (baseline: hop p99)", ms(toOrder, 99), ms(hops, 99)),
                row("match -> payment intent p50 (baseline: hop p50)", ms(toIntent, 50), ms(hops, 50)),
                row("match -> payment intent p99 (baseline: hop p99)", ms(toIntent, 99), ms(hops, 99)),
                row("webhook ack p50 (baseline: GET /health p50)", ms(acks, 50), ms(health, 50)),
                row("webhook ack p99 (baseline: GET /health p99)", ms(acks, 99), ms(health, 99)),
                "",
                TRADES + " trades after 2 warm-up trades, " + HOPS + " hops, " + WEBHOOKS
                        + " webhooks; waits polled every " + POLL_MILLIS + " ms.",
                "");
    }

    /** One EventBridge put to a queue a rule feeds, until the message is received. */
    private List<Long> busHops() throws Exception {
        var sqs = AwsClients.sqs();
        var events = AwsClients.eventBridge();
        String name = "bench-hop-" + UUID.randomUUID().toString().substring(0, 6);
        String queueUrl = sqs.createQueue(request -> request.queueName(name)).queueUrl();
        String queueArn = sqs.getQueueAttributes(
                        request -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        String bus = runtime.stack().ref("MarketplaceEventBus");
        events.putRule(request -> request.name(name).eventBusName(bus).eventPattern("{\"source\":[\"bench.hop\"]}"));
        events.putTargets(request -> request.rule(name).eventBusName(bus).targets(target -> target.id("hop")
                .arn(queueArn)));
        List<Long> hops = new ArrayList<>();
        for (int hop = -2; hop < HOPS; hop++) {
            long start = System.nanoTime();
            events.putEvents(request -> request.entries(entry -> entry.eventBusName(bus)
                    .source("bench.hop")
                    .detailType("hop")
                    .detail("{}")));
            var messages = sqs.receiveMessage(
                            request -> request.queueUrl(queueUrl).waitTimeSeconds(10))
                    .messages();
            long elapsed = System.nanoTime() - start;
            messages.forEach(message ->
                    sqs.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle())));
            if (hop >= 0 && !messages.isEmpty()) {
                hops.add(elapsed);
            }
        }
        sqs.deleteQueue(request -> request.queueUrl(queueUrl));
        return hops;
    }

    private JsonNode await(String path, String token, Predicate<JsonNode> wanted) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (JsonNode item : json("GET", path + (path.contains("?") ? "&" : "?") + "page_size=100", null, token)
                    .path("items")) {
                if (wanted.test(item)) {
                    return item;
                }
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("Nothing appeared at " + path + " within 60 s");
    }

    private String webhookSecret() throws Exception {
        String secret = AwsClients.secretsManager()
                .getSecretValue(request -> request.secretId(runtime.stack().ref("StripeSecret")))
                .secretString();
        return JSON.readTree(secret).path("webhook_secret").asText();
    }

    private static String event(int n) {
        long created = System.currentTimeMillis() / 1000;
        return "{\"id\":\"evt_bench_" + UUID.randomUUID().toString().replace("-", "") + "\",\"object\":\"event\","
                + "\"type\":\"bench.ping\",\"created\":" + created + ",\"data\":{\"object\":{\"id\":\"bench_" + n
                + "\",\"object\":\"bench\"}}}";
    }

    private static String sign(String secret, String payload) throws Exception {
        long timestamp = System.currentTimeMillis() / 1000;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature =
                HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
        return "t=" + timestamp + ",v1=" + signature;
    }

    private String register() throws Exception {
        String email = "flow-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        return json(
                        "POST",
                        "/api/v1/auth/register",
                        Map.of(
                                "email",
                                email,
                                "password",
                                "bench-password-1",
                                "first_name",
                                "Flow",
                                "last_name",
                                "Bench"),
                        null)
                .path("access_token")
                .asText();
    }

    private JsonNode json(String method, String path, Object body, String token) throws Exception {
        HttpResponse<String> response =
                send(method, path, body == null ? null : JSON.writeValueAsString(body), token, Map.of());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(
            String method, String path, String body, String token, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> measure(Runnable action, int times) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            action.run();
            nanos.add(System.nanoTime() - start);
        }
        return nanos;
    }

    private static double ms(List<Long> sortedNanos, int percentile) {
        return ApiBenchmark.percentileMillis(sortedNanos, percentile);
    }

    private static String row(String name, double value, double baseline) {
        return String.format("| %s | %.1f | %.1f | %.1fx |", name, value, baseline, value / baseline);
    }
}
