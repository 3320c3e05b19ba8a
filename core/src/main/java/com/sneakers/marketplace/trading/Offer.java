package com.sneakers.marketplace.trading;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A bid or an ask as its owner sees it. A live offer whose {@code expiresAt} has passed shows as
 * {@link OfferStatus#EXPIRED} even before the sweeper marks it.
 */
public record Offer(
        long id,
        Side side,
        long userId,
        long productId,
        long sizeId,
        BigDecimal price,
        String currency,
        int quantity,
        int remainingQuantity,
        OfferStatus status,
        Instant expiresAt,
        Instant createdAt) {}
