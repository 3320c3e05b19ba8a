package com.sneakers.marketplace.trading;

import java.math.BigDecimal;

/** The best live prices of one size, each null when that side of its book is empty. */
public record BestPrices(BigDecimal lowestAsk, BigDecimal highestBid) {}
