package com.sneakers.marketplace.payments.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StripeEventTest {

    @Test
    void anEventStampedWithAnOldApiVersionIsReadWithItsObject() {
        StripeEvent event = StripeEvent.parse(
                bytes(
                        """
                {"id":"evt_9","object":"event","type":"charge.refunded","created":1795653982,
                 "api_version":"2017-08-15","livemode":false,
                 "data":{"object":{"id":"ch_7","object":"charge","amount_refunded":500,"payment_intent":"pi_3"}}}"""));

        assertThat(event.id()).isEqualTo("evt_9");
        assertThat(event.type()).isEqualTo("charge.refunded");
        assertThat(event.created()).isEqualTo(Instant.ofEpochSecond(1795653982));
        assertThat(event.apiVersion()).contains("2017-08-15");
        assertThat(event.objectId()).isEqualTo("ch_7");
        assertThat(event.objectType()).isEqualTo("charge");
        assertThat(event.object().path("amount_refunded").asLong()).isEqualTo(500);
    }

    @Test
    void anEventWithoutApiVersionHasNone() {
        StripeEvent event = StripeEvent.parse(
                bytes(
                        """
                {"id":"evt_1","object":"event","type":"account.updated","created":1,
                 "data":{"object":{"id":"acct_1","object":"account"}}}"""));

        assertThat(event.apiVersion()).isEmpty();
    }

    @Test
    void whatIsNotAnEventIsRefused() {
        for (String body : new String[] {
            "not json",
            "[]",
            "{\"id\":\"pi_1\",\"object\":\"payment_intent\"}",
            "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"x\",\"created\":1}",
            "{\"object\":\"event\",\"type\":\"x\",\"created\":1,\"data\":{\"object\":{}}}"
        }) {
            assertThatThrownBy(() -> StripeEvent.parse(bytes(body)))
                    .as(body)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
