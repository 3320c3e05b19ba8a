package com.sneakers.marketplace.payments;

/** Stripe was unreachable, failed (5xx) or asked us to slow down (429). */
public final class PaymentGatewayUnavailable extends PaymentGatewayException {
    public PaymentGatewayUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
