package com.sneakers.marketplace.trading;

import java.math.BigDecimal;

/** The live offers of one side of a book at one price: their remaining quantity and how many there are. */
public record PriceLevel(BigDecimal price, int quantity, int offerCount) {}
