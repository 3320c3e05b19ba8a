package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.platform.json.Json;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The {@code payment.*} events, appended to the outbox in the transaction of the change. Amounts are decimal strings. */
final class PaymentEvents {
    static final String SOURCE = "marketplace.payments";

    private final Outbox outbox;

    PaymentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code payment.succeeded} or {@code payment.refunded}, with the payment as it now stands. */
    void append(Connection transaction, String detailType, Payment payment, Instant at) throws SQLException {
        UUID eventId = UUID.randomUUID();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("event_id", eventId);
        detail.put("occurred_at", at);
        detail.put("payment_id", payment.paymentId());
        detail.put("order_id", payment.orderId());
        detail.put("buyer_id", payment.userId());
        detail.put("status", payment.status().wire());
        detail.put("amount", payment.amount().toPlainString());
        detail.put("refunded_amount", payment.refundedAmount().toPlainString());
        detail.put("currency", payment.currency());
        detail.put("stripe_payment_intent_id", payment.stripePaymentIntentId());
        detail.put("stripe_charge_id", payment.stripeChargeId());
        outbox.append(transaction, new OutboxEvent(eventId, SOURCE, detailType, Json.write(detail), at));
    }
}
