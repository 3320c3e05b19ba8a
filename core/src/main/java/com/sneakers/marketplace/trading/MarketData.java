package com.sneakers.marketplace.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The public state of one book. Prices and the last sale are null when there are none; {@code spread}
 * is the lowest ask minus the highest bid when both exist. Depth lists up to ten price levels per
 * side, best first.
 */
public record MarketData(
        long productId,
        long sizeId,
        BigDecimal highestBid,
        BigDecimal lowestAsk,
        BigDecimal spread,
        BigDecimal lastSalePrice,
        Instant lastSaleAt,
        long salesCount,
        List<PriceLevel> bidDepth,
        List<PriceLevel> askDepth) {

    public MarketData {
        bidDepth = List.copyOf(bidDepth);
        askDepth = List.copyOf(askDepth);
    }
}
