package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.PaymentEvent;
import com.sneakers.marketplace.payments.PaymentEventLog;
import com.sneakers.marketplace.platform.db.Transactions;
import java.time.Instant;
import javax.sql.DataSource;

/** The payment events, appended to the outbox in the current transaction. */
final class OutboxPaymentEventLog implements PaymentEventLog {
    private final Transactions transactions;
    private final PaymentEvents events;

    OutboxPaymentEventLog(DataSource dataSource, PaymentEvents events) {
        this.transactions = new Transactions(dataSource);
        this.events = events;
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
        transactions.inTransaction("append " + detailType + " of " + payment.paymentId(), transaction -> {
            events.append(transaction, detailType, payment, at);
            return null;
        });
    }
}
