package com.sneakers.marketplace.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {
    private static final String EVENT =
            "{\"id\":\"e-1\",\"source\":\"marketplace.trading\",\"detail-type\":\"match.created\","
                    + "\"detail\":{\"match_id\":7,\"price\":\"215.5\",\"currency\":\"USD\",\"quantity\":2,"
                    + "\"occurred_at\":\"2026-11-25T12:00:00Z\"}}";

    @Test
    void readsTheFactsOfTheDetail() {
        EventEnvelope event = EventEnvelope.parse(EVENT).expecting("match.created");

        assertThat(event.id()).isEqualTo("e-1");
        assertThat(event.requiredLong("match_id")).isEqualTo(7);
        assertThat(event.requiredAmount("price")).isEqualByComparingTo("215.50").hasScaleOf(2);
        assertThat(event.requiredCurrency("currency")).isEqualTo("USD");
        assertThat(event.requiredPositiveInt("quantity")).isEqualTo(2);
        assertThat(event.requiredInstant("occurred_at")).isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
    }

    @Test
    void aBodyThatIsNotAnEventOrAnotherTypeOfEventIsMalformed() {
        assertThatThrownBy(() -> EventEnvelope.parse("{oops")).isInstanceOf(MalformedEvent.class);
        assertThatThrownBy(() -> EventEnvelope.parse("{\"id\":\"x\"}")).isInstanceOf(MalformedEvent.class);
        assertThatThrownBy(() -> EventEnvelope.parse(EVENT).expecting("order.created"))
                .isInstanceOf(MalformedEvent.class)
                .hasMessageContaining("order.created");
    }

    @Test
    void aMissingOrMisshapenFactNamesTheField() {
        EventEnvelope event = EventEnvelope.parse(EVENT.replace("\"215.5\"", "\"215.555\"")
                .replace("\"USD\"", "\"usd\"")
                .replace("\"quantity\":2", "\"quantity\":0"));

        assertThatThrownBy(() -> event.requiredAmount("price")).hasMessageContaining("detail.price");
        assertThatThrownBy(() -> event.requiredCurrency("currency")).hasMessageContaining("detail.currency");
        assertThatThrownBy(() -> event.requiredPositiveInt("quantity")).hasMessageContaining("detail.quantity");
        assertThatThrownBy(() -> event.requiredLong("bid_id")).hasMessageContaining("detail.bid_id");
    }
}
