package com.sneakers.marketplace.payments.payouts;

/**
 * What one reconciliation run did: payouts it paid, failed or left waiting, those it could not settle
 * because Stripe was unavailable, and those stuck in {@code processing} for longer than Stripe keeps
 * idempotency keys (a person must look at them: retrying could transfer twice), and those that failed
 * otherwise (logged; tried again next run).
 */
public record Reconciliation(int paid, int failed, int waiting, int stripeUnavailable, int stuck, int errors) {}
