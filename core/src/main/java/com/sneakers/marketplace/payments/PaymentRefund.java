package com.sneakers.marketplace.payments;

import java.math.BigDecimal;
import java.time.Instant;

/** A refund of a payment as recorded here, with its Stripe refund id. */
public record PaymentRefund(
        long id,
        String refundId,
        long paymentId,
        String stripeRefundId,
        BigDecimal amount,
        String currency,
        String reason,
        String status,
        Long requestedBy,
        Instant createdAt) {}
