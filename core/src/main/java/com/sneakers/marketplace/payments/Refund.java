package com.sneakers.marketplace.payments;

/** A Stripe refund: pending, succeeded, failed, canceled or requires_action. */
public record Refund(String id, String status, long amountCents) {}
