package com.sneakers.marketplace.payments;

import java.time.Instant;

/** Where the payments context tells the others what happened to a payment, in the current transaction. */
public interface PaymentEventLog {

    /** {@code payment.succeeded}, with the payment as it now stands. */
    void succeeded(Payment payment, Instant at);

    /** {@code payment.refunded}, with the payment as it now stands. */
    void refunded(Payment payment, Instant at);
}
