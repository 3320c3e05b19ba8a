package com.sneakers.marketplace.payments;

/** Stripe could not be used just now; the work is retried later (an SQS message returns to its queue). */
public class PaymentGatewayException extends RuntimeException {
    public PaymentGatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
