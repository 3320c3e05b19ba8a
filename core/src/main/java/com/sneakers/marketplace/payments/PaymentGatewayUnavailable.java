package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.platform.failure.TransientFailure;

/** Stripe was unreachable, failed (5xx) or asked us to slow down (429). */
public final class PaymentGatewayUnavailable extends PaymentGatewayException implements TransientFailure {
    public PaymentGatewayUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
