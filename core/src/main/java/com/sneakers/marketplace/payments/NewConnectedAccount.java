package com.sneakers.marketplace.payments;

/** An Express connected account for a seller; {@code country} is a two-letter ISO code. */
public record NewConnectedAccount(String email, String country, String idempotencyKey) {}
