package com.sneakers.marketplace.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.platform.json.Json;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatchCreatedEventTest {
    private static final MatchCreatedEvent EVENT = new MatchCreatedEvent(
            UUID.fromString("0b7c8f57-7c1e-4c52-9d7e-0d6c3a0c1f11"),
            Instant.parse("2026-11-25T12:00:00Z"),
            7,
            11,
            12,
            21,
            22,
            31,
            32,
            "215.00",
            "USD",
            1);
    private static final String DETAIL = "{\"event_id\":\"0b7c8f57-7c1e-4c52-9d7e-0d6c3a0c1f11\","
            + "\"occurred_at\":\"2026-11-25T12:00:00Z\",\"match_id\":7,\"bid_id\":11,\"ask_id\":12,\"buyer_id\":21,"
            + "\"seller_id\":22,\"product_id\":31,\"size_id\":32,\"price\":\"215.00\",\"currency\":\"USD\",\"quantity\":1}";

    @Test
    void isWrittenWithTheFieldsOfTheMatchCreatedDetail() {
        assertThat(Json.write(EVENT)).isEqualTo(DETAIL);
    }

    @Test
    void readsBackEqual() throws Exception {
        assertThat(Json.mapper().readValue(DETAIL, MatchCreatedEvent.class)).isEqualTo(EVENT);
    }
}
