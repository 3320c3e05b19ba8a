package com.sneakers.marketplace.payments;

/** A seller's connected account and how far its onboarding went. */
public record ConnectedAccount(String id, boolean payoutsEnabled, boolean chargesEnabled, boolean detailsSubmitted) {}
