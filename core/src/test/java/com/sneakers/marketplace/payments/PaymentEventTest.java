package com.sneakers.marketplace.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.platform.json.Json;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentEventTest {
    private static final PaymentEvent EVENT = new PaymentEvent(
            UUID.fromString("0b7c8f57-7c1e-4c52-9d7e-0d6c3a0c1f11"),
            Instant.parse("2026-11-25T12:00:00Z"),
            "pay_1",
            7,
            21,
            "succeeded",
            "221.45",
            "0.00",
            "USD",
            "pi_1",
            null);
    /** A payment not charged yet still carries its charge id, as null. */
    private static final String DETAIL = "{\"event_id\":\"0b7c8f57-7c1e-4c52-9d7e-0d6c3a0c1f11\","
            + "\"occurred_at\":\"2026-11-25T12:00:00Z\",\"payment_id\":\"pay_1\",\"order_id\":7,\"buyer_id\":21,"
            + "\"status\":\"succeeded\",\"amount\":\"221.45\",\"refunded_amount\":\"0.00\",\"currency\":\"USD\","
            + "\"stripe_payment_intent_id\":\"pi_1\",\"stripe_charge_id\":null}";

    @Test
    void isWrittenWithTheFieldsOfThePaymentDetail() {
        assertThat(Json.write(EVENT)).isEqualTo(DETAIL);
    }

    @Test
    void readsBackEqual() throws Exception {
        assertThat(Json.mapper().readValue(DETAIL, PaymentEvent.class)).isEqualTo(EVENT);
    }
}
