package com.sneakers.marketplace.orders;

import java.math.BigDecimal;
import java.time.Instant;

/** The facts of a {@code match.created} event an order is made from. */
public record MatchCreated(
        long matchId,
        long buyerId,
        long sellerId,
        long productId,
        long sizeId,
        BigDecimal price,
        String currency,
        int quantity,
        Instant matchedAt) {}
