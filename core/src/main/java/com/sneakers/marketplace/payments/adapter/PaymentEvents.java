package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.PaymentEvent;
import com.sneakers.marketplace.payments.PaymentEventLog;
import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/** The {@code payment.*} events, appended to the outbox in the current transaction. */
final class PaymentEvents implements PaymentEventLog {
    private final Transactions transactions;
    private final Outbox outbox;

    PaymentEvents(DataSource dataSource, Outbox outbox) {
        this.transactions = new Transactions(dataSource);
        this.outbox = outbox;
    }

    @Override
    public void succeeded(Payment payment, Instant at) {
        append(PaymentEvent.SUCCEEDED, payment, at);
    }

    @Override
    public void refunded(Payment payment, Instant at) {
        append(PaymentEvent.REFUNDED, payment, at);
    }

    private void append(String detailType, Payment payment, Instant at) {
        PaymentEvent event = new PaymentEvent(
                UUID.randomUUID(),
                at,
                payment.paymentId(),
                payment.orderId(),
                payment.userId(),
                payment.status().wire(),
                payment.amount().amount().toPlainString(),
                payment.refundedAmount().amount().toPlainString(),
                payment.currency(),
                payment.stripePaymentIntentId(),
                payment.stripeChargeId());
        transactions.inTransaction("append " + detailType + " of " + payment.paymentId(), transaction -> {
            outbox.append(transaction, OutboxEvent.of(PaymentEvent.SOURCE, detailType, event));
            return null;
        });
    }
}
