package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.PaymentEvent;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** The {@code payment.*} events, appended to the outbox in the transaction of the change. */
final class PaymentEvents {
    private final Outbox outbox;

    PaymentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@link PaymentEvent#SUCCEEDED} or {@link PaymentEvent#REFUNDED}, with the payment as it now stands. */
    void append(Connection transaction, String detailType, Payment payment, Instant at) throws SQLException {
        PaymentEvent event = new PaymentEvent(
                UUID.randomUUID(),
                at,
                payment.paymentId(),
                payment.orderId(),
                payment.userId(),
                payment.status().wire(),
                payment.amount().toPlainString(),
                payment.refundedAmount().toPlainString(),
                payment.currency(),
                payment.stripePaymentIntentId(),
                payment.stripeChargeId());
        outbox.append(transaction, OutboxEvent.of(PaymentEvent.SOURCE, detailType, event));
    }
}
