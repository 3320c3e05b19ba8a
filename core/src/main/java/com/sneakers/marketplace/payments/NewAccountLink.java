package com.sneakers.marketplace.payments;

/** An onboarding link for a connected account; Stripe sends the seller back to one of the two URLs. */
public record NewAccountLink(String accountId, String refreshUrl, String returnUrl, String idempotencyKey) {}
