package com.sneakers.marketplace.payments.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.platform.json.Json;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayoutEventTest {
    private static final PayoutEvent EVENT = new PayoutEvent(
            UUID.fromString("0b7c8f57-7c1e-4c52-9d7e-0d6c3a0c1f11"),
            Instant.parse("2026-11-25T12:00:00Z"),
            "po_1",
            7,
            "SNK-1",
            22,
            "195.65",
            "USD",
            "failed",
            "acct_1",
            null,
            "the account cannot receive transfers");
    /** A payout that failed before its transfer still carries the transfer id, as null. */
    private static final String DETAIL = "{\"event_id\":\"0b7c8f57-7c1e-4c52-9d7e-0d6c3a0c1f11\","
            + "\"occurred_at\":\"2026-11-25T12:00:00Z\",\"payout_id\":\"po_1\",\"order_id\":7,\"order_number\":\"SNK-1\","
            + "\"seller_id\":22,\"amount\":\"195.65\",\"currency\":\"USD\",\"status\":\"failed\","
            + "\"stripe_account_id\":\"acct_1\",\"stripe_transfer_id\":null,"
            + "\"reason\":\"the account cannot receive transfers\"}";

    @Test
    void isWrittenWithTheFieldsOfThePayoutDetail() {
        assertThat(Json.write(EVENT)).isEqualTo(DETAIL);
    }

    @Test
    void readsBackEqual() throws Exception {
        assertThat(Json.mapper().readValue(DETAIL, PayoutEvent.class)).isEqualTo(EVENT);
    }

    @Test
    void isTypedByTheStatusThePayoutEntered() {
        assertThat(PayoutEvent.typeOf(PayoutStatus.PAID)).isEqualTo("payout.paid");
    }
}
