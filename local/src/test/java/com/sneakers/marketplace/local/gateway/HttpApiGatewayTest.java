package com.sneakers.marketplace.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.local.lambda.LambdaFunction;
import com.sneakers.marketplace.local.lambda.LambdaFunction.Invocation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP requests become the payload 2.0 events API Gateway sends, and responses come back as HTTP. */
class HttpApiGatewayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T22:00:00Z"), ZoneOffset.UTC);

    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private volatile Invocation answer = Invocation.success("{\"statusCode\":200,\"body\":\"ok\"}");
    private HttpApiGateway gateway;

    @BeforeEach
    void start() throws Exception {
        LambdaFunction recording = event -> {
            try {
                events.add(JSON.readTree(event));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return answer;
        };
        gateway = new HttpApiGateway(
                List.of(
                        new HttpApiGateway.Binding(new Route("GET", "/api/v1/products/{id}"), recording),
                        new HttpApiGateway.Binding(new Route("POST", "/api/v1/upload"), recording)),
                "127.0.0.1",
                0,
                CLOCK);
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aRequestBecomesAPayloadTwoEventWithItsRoutePathQueryHeadersAndContext() throws Exception {
        send(HttpRequest.newBuilder(uri("/api/v1/products/42?tag=a&tag=b&q=air%20max"))
                .header("X-Trace", "t-1")
                .header("Cookie", "session=abc; theme=dark")
                .GET());

        JsonNode event = events.get(0);
        assertThat(event.path("version").asText()).isEqualTo("2.0");
        assertThat(event.path("routeKey").asText()).isEqualTo("GET /api/v1/products/{id}");
        assertThat(event.path("rawPath").asText()).isEqualTo("/api/v1/products/42");
        assertThat(event.path("rawQueryString").asText()).isEqualTo("tag=a&tag=b&q=air%20max");
        assertThat(event.path("pathParameters").path("id").asText()).isEqualTo("42");
        assertThat(event.path("queryStringParameters").path("tag").asText()).isEqualTo("a,b");
        assertThat(event.path("queryStringParameters").path("q").asText()).isEqualTo("air max");
        assertThat(event.path("headers").path("x-trace").asText()).isEqualTo("t-1");
        assertThat(event.path("cookies")).extracting(JsonNode::asText).containsExactly("session=abc", "theme=dark");
        JsonNode context = event.path("requestContext");
        assertThat(context.path("http").path("method").asText()).isEqualTo("GET");
        assertThat(context.path("http").path("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(context.path("requestId").asText()).isNotBlank();
        assertThat(context.path("stage").asText()).isEqualTo("$default");
        assertThat(context.path("timeEpoch").asLong()).isEqualTo(CLOCK.millis());
        assertThat(event.path("isBase64Encoded").asBoolean()).isFalse();
    }

    @Test
    void aJsonBodyIsPassedAsTextAndABinaryBodyAsBase64() throws Exception {
        send(HttpRequest.newBuilder(uri("/api/v1/upload"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")));
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        send(HttpRequest.newBuilder(uri("/api/v1/upload"))
                .header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(image)));

        assertThat(events.get(0).path("body").asText()).isEqualTo("{\"a\":1}");
        assertThat(events.get(1).path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(events.get(1).path("body").asText()))
                .isEqualTo(image);
    }

    @Test
    void aStructuredResponseSetsStatusHeadersCookiesAndDecodesABase64Body() throws Exception {
        answer = Invocation.success(
                "{\"statusCode\":201,\"headers\":{\"Content-Type\":\"text/plain\",\"ETag\":\"\\\"v1\\\"\"},"
                        + "\"cookies\":[\"a=1\"],\"isBase64Encoded\":true,\"body\":\""
                        + Base64.getEncoder().encodeToString("created".getBytes()) + "\"}");

        HttpResponse<String> response =
                send(HttpRequest.newBuilder(uri("/api/v1/products/1")).GET());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("created");
        assertThat(response.headers().firstValue("ETag")).contains("\"v1\"");
        assertThat(response.headers().firstValue("Set-Cookie")).contains("a=1");
    }

    @Test
    void aPlainJsonResponseIsAnOkJsonBody() throws Exception {
        answer = Invocation.success("{\"hello\":\"world\"}");

        HttpResponse<String> response =
                send(HttpRequest.newBuilder(uri("/api/v1/products/1")).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.body()).isEqualTo("{\"hello\":\"world\"}");
    }

    @Test
    void aFunctionErrorIsAnInternalServerErrorAndAnUnknownRouteIsNotFound() throws Exception {
        answer = Invocation.failure("java.lang.IllegalStateException", "boom");

        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/products/1")).GET()).statusCode())
                .isEqualTo(500);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/nothing")).GET()).statusCode())
                .isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/products/1")).DELETE())
                        .statusCode())
                .isEqualTo(404);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + gateway.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
