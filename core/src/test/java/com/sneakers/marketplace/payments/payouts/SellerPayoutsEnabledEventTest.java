package com.sneakers.marketplace.payments.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.platform.json.Json;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SellerPayoutsEnabledEventTest {
    private static final SellerPayoutsEnabledEvent EVENT = new SellerPayoutsEnabledEvent(
            UUID.fromString("0b7c8f57-7c1e-4c52-9d7e-0d6c3a0c1f11"),
            Instant.parse("2026-11-25T12:00:00Z"),
            22,
            "acct_1");
    private static final String DETAIL = "{\"event_id\":\"0b7c8f57-7c1e-4c52-9d7e-0d6c3a0c1f11\","
            + "\"occurred_at\":\"2026-11-25T12:00:00Z\",\"seller_id\":22,\"stripe_account_id\":\"acct_1\"}";

    @Test
    void isWrittenWithTheFieldsOfTheSellerPayoutsEnabledDetail() {
        assertThat(Json.write(EVENT)).isEqualTo(DETAIL);
    }

    @Test
    void readsBackEqual() throws Exception {
        assertThat(Json.mapper().readValue(DETAIL, SellerPayoutsEnabledEvent.class))
                .isEqualTo(EVENT);
    }
}
