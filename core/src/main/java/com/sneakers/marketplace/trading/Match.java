package com.sneakers.marketplace.trading;

import java.math.BigDecimal;
import java.time.Instant;

/** One pairing of a bid and an ask: {@code quantity} pairs traded at the resting offer's price. */
public record Match(
        long id,
        long bidId,
        long askId,
        long buyerId,
        long sellerId,
        long productId,
        long sizeId,
        BigDecimal price,
        String currency,
        int quantity,
        Instant createdAt) {}
