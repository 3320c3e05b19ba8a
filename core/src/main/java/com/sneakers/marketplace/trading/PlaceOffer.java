package com.sneakers.marketplace.trading;

import java.math.BigDecimal;

/** A bid or ask as requested; {@code quantity} and {@code expiresInDays} may be null for their defaults. */
public record PlaceOffer(Long productId, Long sizeId, BigDecimal price, Integer quantity, Integer expiresInDays) {}
