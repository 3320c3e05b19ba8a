package com.sneakers.marketplace.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.local.LocalRuntime;
import com.sneakers.marketplace.payments.NewPaymentIntent;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.PaymentIntent;
import com.sneakers.marketplace.payments.adapter.StripePaymentGateway;
import com.sneakers.marketplace.payments.adapter.StripeSecret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stripe's webhooks through the local cloud: localstripe signs its events and posts them to the local
 * gateway, the receiver function checks them and puts them on the stack's FIFO queue, and the processor
 * records each event it takes from there.
 */
class StripeWebhookIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(30);

    private static LocalRuntime runtime;
    private static StripeSecret stripeSecret;
    private static LocalstripeWebhook webhook;

    @BeforeAll
    static void registerTheWebhookAtLocalstripe() {
        runtime = Marketplace.runtime();
        webhook = LocalstripeWebhook.register(runtime);
        stripeSecret = webhook.secret();
    }

    @AfterAll
    static void silenceTheWebhook() {
        webhook.silence();
    }

    @Test
    void aSucceededPaymentSignedByLocalstripeIsVerifiedEnqueuedAndProcessed() throws Exception {
        PaymentGateway gateway = StripePaymentGateway.create(
                stripeSecret.apiKey(), runtime.stripeApiBase().toString());
        PaymentIntent intent = gateway.createPaymentIntent(new NewPaymentIntent(
                        18_500,
                        "usd",
                        Map.of("order_id", "1"),
                        UUID.randomUUID().toString()))
                .orElseThrow();

        gateway.confirmPaymentIntent(
                        intent.id(), "pm_card_visa", UUID.randomUUID().toString())
                .orElseThrow();

        awaitRecorded("payment_intent.succeeded", intent.id());
    }

    @Test
    void aWronglySignedDeliveryIsABadRequestAndNothingIsEnqueued() throws Exception {
        String objectId = "pi_forged_" + UUID.randomUUID().toString().replace("-", "");
        String body = "{\"id\":\"evt_forged\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
                + "\"created\":" + Instant.now().getEpochSecond() + ",\"data\":{\"object\":{\"id\":\"" + objectId
                + "\",\"object\":\"payment_intent\"}}}";
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> forged = post(body, Optional.of("t=" + now + ",v1=" + hmac("whsec_forger", now, body)));
        HttpResponse<String> unsigned = post(body, Optional.empty());
        HttpResponse<String> stale = post(
                body, Optional.of("t=" + (now - 600) + ",v1=" + hmac(stripeSecret.webhookSecret(), now - 600, body)));

        for (HttpResponse<String> response : List.of(forged, unsigned, stale)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        }
        Thread.sleep(2_000);
        assertThat(recorded(objectId)).isEmpty();
    }

    @Test
    void aCorrectlySignedDeliveryIsAcknowledgedAtOnce() throws Exception {
        String objectId = "pi_signed_" + UUID.randomUUID().toString().replace("-", "");
        long now = Instant.now().getEpochSecond();
        String body = "{\"id\":\"evt_" + UUID.randomUUID().toString().replace("-", "")
                + "\",\"object\":\"event\",\"type\":\"payment_intent.canceled\",\"created\":" + now
                + ",\"data\":{\"object\":{\"id\":\"" + objectId + "\",\"object\":\"payment_intent\"}}}";

        HttpResponse<String> response =
                post(body, Optional.of("t=" + now + ",v1=" + hmac(stripeSecret.webhookSecret(), now, body)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("received").asBoolean()).isTrue();
        awaitRecorded("payment_intent.canceled", objectId);
    }

    private static HttpResponse<String> post(String body, Optional<String> signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + runtime.port() + "/api/v1/webhooks/stripe"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        signature.ifPresent(value -> request.header("Stripe-Signature", value));
        HttpRequest sent = request.build();
        HttpResponse<String> response = HTTP.send(sent, HttpResponse.BodyHandlers.ofString());
        OpenApiContract.assertDocumented(sent, response);
        return response;
    }

    /** Waits for the processor to have recorded the event: the receiver verified and enqueued it. */
    private static void awaitRecorded(String type, String objectId) throws Exception {
        Instant deadline = Instant.now().plus(DELIVERY_WAIT);
        while (Instant.now().isBefore(deadline)) {
            if (recorded(objectId).contains(type)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No " + type + " event about " + objectId + " processed within " + DELIVERY_WAIT);
    }

    /** The types of the events about one Stripe object that the webhook processor recorded. */
    private static List<String> recorded(String objectId) throws Exception {
        List<String> types = new ArrayList<>();
        try (Connection connection = runtime.dataSource().getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT type FROM stripe_events WHERE object_id = ?")) {
            select.setString(1, objectId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
        }
        return types;
    }

    private static String hmac(String secret, long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
