package com.sneakers.marketplace.trading;

import java.math.BigDecimal;
import java.time.Instant;

/** A checked offer ready to be placed: price with scale 2, defaults filled in, expiry computed. */
public record NewOffer(
        Side side,
        long userId,
        long productId,
        long sizeId,
        BigDecimal price,
        int quantity,
        Instant expiresAt,
        Instant createdAt) {}
