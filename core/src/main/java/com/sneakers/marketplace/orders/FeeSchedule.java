package com.sneakers.marketplace.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The marketplace's cut of a sale, the one place fees are computed. The buyer pays a processing fee on
 * top of the price; the seller's fee (never below its minimum, never above the sale) comes out of the
 * payout. Rates apply to the price of all units, each fee rounded half-up to the cent.
 */
public record FeeSchedule(BigDecimal buyerRate, BigDecimal sellerRate, BigDecimal sellerMinimum) {
    public static final FeeSchedule DEFAULT =
            new FeeSchedule(new BigDecimal("0.03"), new BigDecimal("0.09"), new BigDecimal("5.00"));

    public FeeSchedule {
        requireRate(buyerRate, "buyer");
        requireRate(sellerRate, "seller");
        if (sellerMinimum.signum() < 0) {
            throw new IllegalArgumentException("The seller fee minimum must not be negative: " + sellerMinimum);
        }
        sellerMinimum = cents(sellerMinimum);
    }

    public OrderAmounts amountsFor(BigDecimal price, int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("A sale has at least one unit, not " + quantity);
        }
        BigDecimal subtotal = cents(price).multiply(BigDecimal.valueOf(quantity));
        BigDecimal buyerFee = cents(subtotal.multiply(buyerRate));
        BigDecimal sellerFee =
                cents(subtotal.multiply(sellerRate)).max(sellerMinimum).min(subtotal);
        return new OrderAmounts(
                cents(price),
                quantity,
                buyerFee,
                sellerFee,
                buyerFee.add(sellerFee),
                subtotal.add(buyerFee),
                subtotal.subtract(sellerFee));
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static void requireRate(BigDecimal rate, String whose) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("The " + whose + " fee rate must be from 0 to below 1: " + rate);
        }
    }
}
