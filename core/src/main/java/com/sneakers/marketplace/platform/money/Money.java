package com.sneakers.marketplace.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An amount of money: exact cents (scale 2) in an upper-case ISO 4217 currency. Made from decimals or
 * from minor units (cents), never from a double; a fraction of a cent is refused, not rounded. The
 * conversion to and from the minor units payment providers count in lives here and nowhere else.
 */
public record Money(BigDecimal amount, String currency) {
    private static final int SCALE = 2;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        if (amount == null || currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("Not an amount of money: " + amount + " " + currency);
        }
        try {
            amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Not an exact amount of cents: " + amount, e);
        }
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** 1234 USD cents → 12.34 USD; the currency may come lower-case, as payment providers write it. */
    public static Money ofMinorUnits(long minorUnits, String currency) {
        return new Money(BigDecimal.valueOf(minorUnits, SCALE), currency.toUpperCase(Locale.ROOT));
    }

    /** 12.34 → 1234; refuses amounts outside the range of a long. */
    public long minorUnits() {
        try {
            return amount.unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Not a long of cents: " + amount, e);
        }
    }

    /** The currency as payment providers' APIs spell it: lower case. */
    public String lowerCaseCurrency() {
        return currency.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
