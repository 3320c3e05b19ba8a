package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.platform.money.Money;
import java.time.Instant;

/** A refund of a payment as recorded here, with its Stripe refund id. */
public record PaymentRefund(
        long id,
        String refundId,
        long paymentId,
        String stripeRefundId,
        Money amount,
        String reason,
        String status,
        Long requestedBy,
        Instant createdAt) {

    public String currency() {
        return amount.currency();
    }
}
