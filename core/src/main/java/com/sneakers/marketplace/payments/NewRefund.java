package com.sneakers.marketplace.payments;

import java.util.OptionalLong;

/**
 * A refund of a PaymentIntent's charge: everything left when {@code amountCents} is empty. The reason is
 * ours (kept in the refund's metadata), not one of Stripe's three reporting codes.
 */
public record NewRefund(String paymentIntentId, OptionalLong amountCents, String reason, String idempotencyKey) {}
