package com.sneakers.marketplace.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.local.LocalRuntime;
import com.sneakers.marketplace.payments.NewPaymentIntent;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.PaymentIntent;
import com.sneakers.marketplace.payments.adapter.StripePaymentGateway;
import com.sneakers.marketplace.payments.adapter.StripeSecret;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.secrets.SecretStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Stripe's webhooks through the local cloud: localstripe signs its events and posts them to the local
 * gateway, the receiver function checks them and puts them on the stack's FIFO queue.
 */
class StripeWebhookIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final SqsClient SQS = AwsClients.sqs();
    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(30);

    private static LocalRuntime runtime;
    private static StripeSecret stripeSecret;
    private static String webhookId;
    private static String queueUrl;

    @BeforeAll
    static void registerTheWebhookAtLocalstripe() throws Exception {
        runtime = Marketplace.runtime();
        stripeSecret = StripeSecret.read(
                new SecretStore(AwsClients.secretsManager()), runtime.stack().ref("StripeSecret"));
        queueUrl = runtime.stack().ref("StripeWebhookQueue");
        webhookId = "it-" + UUID.randomUUID();
        configureWebhook(Map.of(
                "url",
                "http://127.0.0.1:" + runtime.port() + "/api/v1/webhooks/stripe",
                "secret",
                stripeSecret.webhookSecret()));
    }

    /** localstripe forgets no endpoint: this one is left listening to no event type. */
    @AfterAll
    static void silenceTheWebhook() throws Exception {
        configureWebhook(Map.of(
                "url", "http://127.0.0.1:" + runtime.port() + "/api/v1/webhooks/stripe",
                "secret", stripeSecret.webhookSecret(),
                "events", List.of()));
    }

    @Test
    void aSucceededPaymentReachesTheQueueSignedByLocalstripeAndGroupedByItsIntent() throws Exception {
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

        Message message = awaitMessage("payment_intent.succeeded", intent.id());
        JsonNode event = JSON.readTree(message.body());
        assertThat(event.path("data").path("object").path("amount").asLong()).isEqualTo(18_500);
        assertThat(message.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID))
                .isEqualTo(intent.id());
        assertThat(message.attributes().get(MessageSystemAttributeName.MESSAGE_DEDUPLICATION_ID))
                .isEqualTo(event.path("id").asText());
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
        Thread.sleep(1_000);
        assertThat(messagesAbout(objectId)).isEmpty();
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
        assertThat(awaitMessage("payment_intent.canceled", objectId).body()).isEqualTo(body);
    }

    private static void configureWebhook(Map<String, Object> settings) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(runtime.stripeApiBase() + "/_config/webhooks/" + webhookId))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(settings)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
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

    private static Message awaitMessage(String type, String objectId) throws Exception {
        Instant deadline = Instant.now().plus(DELIVERY_WAIT);
        while (Instant.now().isBefore(deadline)) {
            for (Message message : messagesAbout(objectId)) {
                if (JSON.readTree(message.body()).path("type").asText().equals(type)) {
                    return message;
                }
            }
        }
        throw new AssertionError("No " + type + " event about " + objectId + " in the queue within " + DELIVERY_WAIT);
    }

    /**
     * Takes what is in the queue and keeps the messages about one Stripe object. Nothing else consumes
     * this stack's queue, and localstripe also posts the events of anyone else using it, so the rest
     * is dropped.
     */
    private static List<Message> messagesAbout(String objectId) throws Exception {
        List<Message> matching = new ArrayList<>();
        List<Message> received = SQS.receiveMessage(request -> request.queueUrl(queueUrl)
                        .maxNumberOfMessages(10)
                        .waitTimeSeconds(1)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL))
                .messages();
        for (Message message : received) {
            SQS.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            if (JSON.readTree(message.body())
                    .path("data")
                    .path("object")
                    .path("id")
                    .asText()
                    .equals(objectId)) {
                matching.add(message);
            }
        }
        return matching;
    }

    private static String hmac(String secret, long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
