package com.sneakers.marketplace.payments;

/** Stripe refused the API key (401/403): the secret needs fixing; work waits for it. */
public final class PaymentGatewayCredentialsRefused extends PaymentGatewayException {
    public PaymentGatewayCredentialsRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
