package com.sneakers.marketplace.payments;

/** A transfer to a connected account; {@code reversed} once fully reversed. */
public record Transfer(String id, long amountCents, boolean reversed) {}
