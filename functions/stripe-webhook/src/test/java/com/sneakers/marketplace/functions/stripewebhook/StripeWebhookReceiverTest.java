package com.sneakers.marketplace.functions.stripewebhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sneakers.marketplace.payments.adapter.StripeEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class StripeWebhookReceiverTest {
    private static final String SECRET = "whsec_receiver_test";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String EVENT = "{\"id\":\"evt_42\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
            + "\"created\":1795653000,\"data\":{\"object\":{\"id\":\"pi_42\",\"object\":\"payment_intent\"}}}";

    private final List<String> enqueued = new ArrayList<>();
    private final StripeWebhookReceiver receiver = new StripeWebhookReceiver(
            () -> SECRET,
            (StripeEvent event, String body) -> enqueued.add(event.id() + "|" + event.objectId() + "|" + body),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aSignedEventIsEnqueuedAsItCameAndAcknowledged() {
        APIGatewayV2HTTPResponse response = receiver.receive(request(EVENT, false, signature(SECRET, NOW, EVENT)));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo("{\"received\":true}");
        assertThat(enqueued).containsExactly("evt_42|pi_42|" + EVENT);
    }

    @Test
    void aBase64EncodedBodyIsVerifiedOnItsDecodedBytes() {
        String encoded = Base64.getEncoder().encodeToString(EVENT.getBytes(StandardCharsets.UTF_8));

        APIGatewayV2HTTPResponse response = receiver.receive(request(encoded, true, signature(SECRET, NOW, EVENT)));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(enqueued).containsExactly("evt_42|pi_42|" + EVENT);
    }

    @Test
    void aWronglySignedEventIsAProblemAndNothingIsEnqueued() {
        APIGatewayV2HTTPResponse response =
                receiver.receive(request(EVENT, false, signature("whsec_someone_else", NOW, EVENT)));

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(response.getBody()).contains("\"status\":400");
        assertThat(enqueued).isEmpty();
    }

    @Test
    void anEventWithoutSignatureIsAProblemAndNothingIsEnqueued() {
        APIGatewayV2HTTPEvent request = request(EVENT, false, "ignored");
        request.setHeaders(Map.of("content-type", "application/json"));

        assertThat(receiver.receive(request).getStatusCode()).isEqualTo(400);
        assertThat(enqueued).isEmpty();
    }

    @Test
    void aStaleSignatureIsAProblemAndNothingIsEnqueued() {
        Instant signedAt = NOW.minusSeconds(600);

        assertThat(receiver.receive(request(EVENT, false, signature(SECRET, signedAt, EVENT)))
                        .getStatusCode())
                .isEqualTo(400);
        assertThat(enqueued).isEmpty();
    }

    @Test
    void aSignedBodyThatIsNotJsonIsAProblemAndNothingIsEnqueued() {
        String body = "not json";

        assertThat(receiver.receive(request(body, false, signature(SECRET, NOW, body)))
                        .getStatusCode())
                .isEqualTo(400);
        assertThat(enqueued).isEmpty();
    }

    private static APIGatewayV2HTTPEvent request(String body, boolean base64, String signatureHeader) {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setBody(body);
        event.setIsBase64Encoded(base64);
        event.setHeaders(Map.of("stripe-signature", signatureHeader, "content-type", "application/json"));
        return event;
    }

    private static String signature(String secret, Instant at, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((at.getEpochSecond() + "." + body).getBytes(StandardCharsets.UTF_8));
            return "t=" + at.getEpochSecond() + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
