package com.sneakers.marketplace.payments.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.payments.adapter.WebhookVerification.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {
    private static final String SECRET = "whsec_test_signing_secret";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final byte[] EVENT =
            """
            {"id":"evt_1","object":"event","type":"payment_intent.succeeded","created":1795653000,
             "api_version":"2017-08-15","data":{"object":{"id":"pi_1","object":"payment_intent","amount":1234}}}"""
                    .getBytes(StandardCharsets.UTF_8);

    private final WebhookSignatures signatures = new WebhookSignatures(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anEventSignedWithTheSecretJustNowIsVerified() {
        WebhookVerification verification = signatures.verify(EVENT, header(NOW, sign(SECRET, NOW, EVENT)));

        assertThat(verification).isInstanceOf(WebhookVerification.Verified.class);
        StripeEvent event = ((WebhookVerification.Verified) verification).event();
        assertThat(event.id()).isEqualTo("evt_1");
        assertThat(event.objectId()).isEqualTo("pi_1");
    }

    @Test
    void aSignatureWithAnotherSecretIsRefused() {
        assertThat(signatures.verify(EVENT, header(NOW, sign("whsec_other", NOW, EVENT))))
                .isEqualTo(new WebhookVerification.Refused(Reason.WRONG_SIGNATURE));
    }

    @Test
    void aPayloadChangedAfterSigningIsRefused() {
        byte[] tampered =
                new String(EVENT, StandardCharsets.UTF_8).replace("1234", "1").getBytes(StandardCharsets.UTF_8);

        assertThat(signatures.verify(tampered, header(NOW, sign(SECRET, NOW, EVENT))))
                .isEqualTo(new WebhookVerification.Refused(Reason.WRONG_SIGNATURE));
    }

    @Test
    void aSignatureForAnotherTimestampIsRefused() {
        Instant signedAt = NOW.minusSeconds(10);

        assertThat(signatures.verify(EVENT, header(NOW, sign(SECRET, signedAt, EVENT))))
                .isEqualTo(new WebhookVerification.Refused(Reason.WRONG_SIGNATURE));
    }

    @Test
    void aSignatureFiveMinutesOldIsStillAccepted() {
        Instant signedAt = NOW.minusSeconds(300);

        assertThat(signatures.verify(EVENT, header(signedAt, sign(SECRET, signedAt, EVENT))))
                .isInstanceOf(WebhookVerification.Verified.class);
    }

    @Test
    void aSignatureOlderThanFiveMinutesIsRefusedAsTooOld() {
        Instant signedAt = NOW.minusSeconds(301);

        assertThat(signatures.verify(EVENT, header(signedAt, sign(SECRET, signedAt, EVENT))))
                .isEqualTo(new WebhookVerification.Refused(Reason.TOO_OLD));
    }

    @Test
    void oneMatchingSignatureAmongSeveralIsEnough() {
        String value = "t=" + NOW.getEpochSecond() + ",v1=" + sign("whsec_old_secret", NOW, EVENT) + ",v0=abc,v1="
                + sign(SECRET, NOW, EVENT);

        assertThat(signatures.verify(EVENT, Optional.of(value))).isInstanceOf(WebhookVerification.Verified.class);
    }

    @Test
    void aMissingHeaderIsRefused() {
        assertThat(signatures.verify(EVENT, Optional.empty()))
                .isEqualTo(new WebhookVerification.Refused(Reason.MISSING_SIGNATURE));
        assertThat(signatures.verify(EVENT, Optional.of(" ")))
                .isEqualTo(new WebhookVerification.Refused(Reason.MISSING_SIGNATURE));
    }

    @Test
    void malformedHeadersAreRefused() {
        String signature = sign(SECRET, NOW, EVENT);
        for (String malformed : new String[] {
            "v1=" + signature,
            "t=" + NOW.getEpochSecond(),
            "t=soon,v1=" + signature,
            "t=" + NOW.getEpochSecond() + ",v1=not-hex",
            "garbage"
        }) {
            assertThat(signatures.verify(EVENT, Optional.of(malformed)))
                    .as(malformed)
                    .isEqualTo(new WebhookVerification.Refused(Reason.MALFORMED_SIGNATURE));
        }
    }

    @Test
    void aCorrectlySignedBodyThatIsNotAnEventIsRefused() {
        byte[] notJson = "hello".getBytes(StandardCharsets.UTF_8);

        assertThat(signatures.verify(notJson, header(NOW, sign(SECRET, NOW, notJson))))
                .isEqualTo(new WebhookVerification.Refused(Reason.NOT_AN_EVENT));
    }

    private static Optional<String> header(Instant timestamp, String signature) {
        return Optional.of("t=" + timestamp.getEpochSecond() + ",v1=" + signature);
    }

    /** Stripe's scheme, written out: hex HMAC-SHA256 of "<t>.<payload>" keyed by the secret. */
    static String sign(String secret, Instant timestamp, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp.getEpochSecond() + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(payload));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
