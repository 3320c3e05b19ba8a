package com.sneakers.marketplace.payments;

import java.math.BigDecimal;

/** Money amounts as Stripe counts them: exact integer cents, never rounded. */
public final class Cents {
    private static final int SCALE = 2;

    private Cents() {}

    /** 12.34 → 1234; refuses amounts with fractions of a cent or outside the range of a long. */
    public static long of(BigDecimal amount) {
        try {
            return amount.setScale(SCALE).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Not an exact amount of cents: " + amount, e);
        }
    }

    /** 1234 → 12.34 (scale 2). */
    public static BigDecimal toAmount(long cents) {
        return BigDecimal.valueOf(cents, SCALE);
    }
}
