package com.sneakers.marketplace.orders;

import java.math.BigDecimal;

/** The money of one order, every amount with scale 2. */
public record OrderAmounts(
        BigDecimal price,
        int quantity,
        BigDecimal buyerFee,
        BigDecimal sellerFee,
        BigDecimal platformFee,
        BigDecimal totalAmount,
        BigDecimal sellerPayout) {}
