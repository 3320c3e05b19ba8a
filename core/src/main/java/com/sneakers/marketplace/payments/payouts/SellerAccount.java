package com.sneakers.marketplace.payments.payouts;

/** A seller's Stripe Connect account as we last heard of it. */
public record SellerAccount(
        long userId,
        String stripeAccountId,
        boolean payoutsEnabled,
        boolean chargesEnabled,
        boolean detailsSubmitted) {}
