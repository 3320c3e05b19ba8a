package com.sneakers.marketplace.payments.payouts;

/** What one attempt left the payout as, and why ({@code note}). */
public record PayoutAttempt(Payout payout, String note) {}
