package com.sneakers.marketplace.catalog;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** The US size chart the catalogue sells: 3.5 to 18 in half sizes. */
public final class SizeChart {
    public static final String US = "US";

    static final String RULE = "must be a US size from 3.5 to 18 in half sizes, such as 10.5";

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,2}(\\.\\d{1,3})?");
    private static final BigDecimal SMALLEST = new BigDecimal("3.5");
    private static final BigDecimal LARGEST = new BigDecimal("18");
    private static final BigDecimal HALVES_PER_SIZE = BigDecimal.valueOf(2);

    private SizeChart() {}

    /**
     * A size in its canonical form ({@code "10"} for "10.0"). Its position is its count of half sizes,
     * so sizes list smallest first whatever order they were added in.
     */
    public record UsSize(String value, int position) {}

    /** The US size the text names, or empty when it is not on the chart. */
    public static Optional<UsSize> us(String text) {
        if (text == null || !DECIMAL.matcher(text.trim()).matches()) {
            return Optional.empty();
        }
        BigDecimal size = new BigDecimal(text.trim());
        BigDecimal halves = size.multiply(HALVES_PER_SIZE).stripTrailingZeros();
        if (size.compareTo(SMALLEST) < 0 || size.compareTo(LARGEST) > 0 || halves.scale() > 0) {
            return Optional.empty();
        }
        return Optional.of(new UsSize(size.stripTrailingZeros().toPlainString(), halves.intValueExact()));
    }
}
