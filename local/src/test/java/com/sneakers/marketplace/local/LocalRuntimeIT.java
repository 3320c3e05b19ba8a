package com.sneakers.marketplace.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.local.lambda.LambdaContainer;
import com.sneakers.marketplace.local.lambda.LambdaFunction;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.testing.TestRows;
import com.sneakers.marketplace.trading.PlaceOffer;
import com.sneakers.marketplace.trading.PlaceResult;
import com.sneakers.marketplace.trading.adapter.TradingModule;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole local runtime: embedded Postgres, template.yaml provisioned into the emulators, and the
 * http-api function's packaged jar answering through the Lambda runtime interface client.
 */
class LocalRuntimeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalRuntime runtime;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("TEMPLATE", TestStacks.MARKETPLACE_TEMPLATE.toString());
        env.put("STACK_NAME", TestStacks.uniqueName("it-local"));
        env.put("PORT", "0");
        env.put("LOCAL_WORK_DIR", "target/local-runtime");
        env.put("LAMBDA_RUNTIME_DIR", "target/lambda-runtime");
        env.remove("DATABASE_URL");
        runtime = LocalRuntime.start(LocalConfig.fromEnvironment(env), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void healthReportsEveryDependencyUpThroughTheHttpApiFunction() throws Exception {
        HttpResponse<String> response = get("/health");

        JsonNode health = JSON.readTree(response.body());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(health.path("status").asText()).isEqualTo("up");
        for (String dependency :
                new String[] {"database", "sqs", "eventbridge", "dynamodb", "secretsmanager", "stripe"}) {
            assertThat(health.path("checks").path(dependency).path("status").asText())
                    .as(dependency)
                    .isEqualTo("up");
        }
    }

    @Test
    void aPathNoRouteServesIsAProblemFromTheFunctionThroughTheDefaultRoute() throws Exception {
        HttpResponse<String> response = get("/no-such-route");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(404);
    }

    @Test
    void theSampleEventForSamLocalInvokeIsAnsweredByTheFunction() throws Exception {
        String event = Files.readString(Path.of("../events/http-api/get-health.json"));

        LambdaFunction.Invocation invocation =
                runtime.function("HttpApiFunction").invoke(event);

        assertThat(invocation.succeeded()).as(invocation.errorMessage()).isTrue();
        assertThat(JSON.readTree(invocation.payload()).path("statusCode").asInt())
                .isEqualTo(200);
    }

    @Test
    void aMatchEventLeftInTheOutboxIsPublishedByTheScheduledSweeperAndBecomesAnOrder() throws Exception {
        TestRows rows = new TestRows(runtime.dataSource());
        long product = rows.product("IT-" + UUID.randomUUID().toString().substring(0, 8));
        long size = rows.size(product, "9");
        Clock aMinuteAgo = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-1));
        var trading = TradingModule.create(runtime.dataSource(), new Outbox(), aMinuteAgo);
        PlaceOffer offer = new PlaceOffer(product, size, new BigDecimal("120.00"), 1, 30);
        trading.placeAsk(rows.user("seller-" + product), offer);
        long matchId = ((PlaceResult.Placed) trading.placeBid(rows.user("buyer-" + product), offer))
                .matches()
                .get(0)
                .id();

        LambdaFunction.Invocation sweep = runtime.function("SweeperFunction")
                .invoke(Files.readString(Path.of("../events/schedule/sweeper.json")));

        assertThat(sweep.succeeded()).as(sweep.errorMessage()).isTrue();
        assertThat(JSON.readTree(sweep.payload()).path("outbox_published").asInt())
                .isGreaterThanOrEqualTo(1);
        long orders = 0;
        for (int attempt = 0; attempt < 40 && orders == 0; attempt++) {
            Thread.sleep(500);
            orders = rows.number("SELECT count(*) FROM orders WHERE match_id = ?", matchId);
        }
        assertThat(orders).as("the order of match " + matchId).isEqualTo(1);
    }

    @Test
    void aDiscardedEnvironmentIsReplacedByAFreshOneThatGetsTheNextInvocation() throws Exception {
        LambdaContainer function = runtime.function("HttpApiFunction");
        String event = Files.readString(Path.of("../events/http-api/get-health.json"));
        function.invoke(event);

        function.stop();
        LambdaFunction.Invocation afterRestart = function.invoke(event);
        function.stop();
        LambdaFunction.Invocation afterSecondRestart = function.invoke(event);

        assertThat(afterRestart.succeeded()).as(afterRestart.errorMessage()).isTrue();
        assertThat(afterSecondRestart.succeeded())
                .as(afterSecondRestart.errorMessage())
                .isTrue();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runtime.port() + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
