package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.payments.adapter.WebhookVerification.Reason;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Stripe's {@code Stripe-Signature} header ({@code t=<unix seconds>,v1=<hex>[,v1=...]}): some
 * v1 must be the HMAC-SHA256, keyed by the endpoint's signing secret, of {@code "<t>." + raw body},
 * and {@code t} no older than five minutes.
 */
public final class WebhookSignatures {
    public static final Duration TOLERANCE = Duration.ofSeconds(300);
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] signingSecret;
    private final Clock clock;

    public WebhookSignatures(String signingSecret, Clock clock) {
        this.signingSecret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public WebhookVerification verify(byte[] payload, Optional<String> signatureHeader) {
        if (signatureHeader.isEmpty() || signatureHeader.get().isBlank()) {
            return new WebhookVerification.Refused(Reason.MISSING_SIGNATURE);
        }
        Optional<Header> header = Header.parse(signatureHeader.get());
        if (header.isEmpty()) {
            return new WebhookVerification.Refused(Reason.MALFORMED_SIGNATURE);
        }
        byte[] expected = sign(header.get().timestamp(), payload);
        if (header.get().signatures().stream().noneMatch(candidate -> MessageDigest.isEqual(expected, candidate))) {
            return new WebhookVerification.Refused(Reason.WRONG_SIGNATURE);
        }
        if (Instant.ofEpochSecond(header.get().timestamp())
                .isBefore(clock.instant().minus(TOLERANCE))) {
            return new WebhookVerification.Refused(Reason.TOO_OLD);
        }
        try {
            return new WebhookVerification.Verified(StripeEvent.parse(payload));
        } catch (IllegalArgumentException notAnEvent) {
            return new WebhookVerification.Refused(Reason.NOT_AN_EVENT);
        }
    }

    private byte[] sign(long timestamp, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(signingSecret, ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The parts of the header that count: the timestamp and every v1 signature (others are ignored). */
    private record Header(long timestamp, List<byte[]> signatures) {
        static Optional<Header> parse(String value) {
            Long timestamp = null;
            List<byte[]> signatures = new ArrayList<>();
            for (String item : value.split(",")) {
                int equals = item.indexOf('=');
                if (equals <= 0) {
                    return Optional.empty();
                }
                String key = item.substring(0, equals).trim();
                String text = item.substring(equals + 1).trim();
                try {
                    if (key.equals("t")) {
                        timestamp = Long.parseLong(text);
                    } else if (key.equals("v1")) {
                        signatures.add(HexFormat.of().parseHex(text));
                    }
                } catch (IllegalArgumentException malformed) {
                    return Optional.empty();
                }
            }
            if (timestamp == null || signatures.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Header(timestamp, signatures));
        }
    }
}
