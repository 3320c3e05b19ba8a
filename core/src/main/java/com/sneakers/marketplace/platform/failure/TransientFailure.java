package com.sneakers.marketplace.platform.failure;

/**
 * Marks an exception as a dependency failing just now (Stripe unreachable, a database connection lost):
 * the same request may well succeed in a moment, so the API answers 503 with Retry-After, not 500.
 */
public interface TransientFailure {}
