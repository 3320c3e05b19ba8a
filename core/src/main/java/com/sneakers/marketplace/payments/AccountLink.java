package com.sneakers.marketplace.payments;

import java.time.Instant;

/** A single-use onboarding URL, valid until {@code expiresAt}. */
public record AccountLink(String url, Instant expiresAt) {}
