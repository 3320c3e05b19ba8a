package com.sneakers.marketplace.trading;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A bid or an ask as its owner sees it. A live order whose {@code expiresAt} has passed shows as
 * {@link OrderStatus#EXPIRED} even before the sweeper marks it.
 */
public record Order(
        long id,
        Side side,
        long userId,
        long productId,
        long sizeId,
        BigDecimal price,
        String currency,
        int quantity,
        int remainingQuantity,
        OrderStatus status,
        Instant expiresAt,
        Instant createdAt) {}
