package com.sneakers.marketplace.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The orders a product list can be shown in; ties are broken by id so pages never overlap. */
public enum ProductSort {
    /** Latest listed first. */
    NEWEST,
    /** Alphabetical by name, ignoring case. */
    NAME,
    /** Cheapest retail price first; products without a price last. */
    PRICE_LOW,
    /** Dearest retail price first; products without a price last. */
    PRICE_HIGH;

    static final String RULE = "must be one of "
            + Arrays.stream(values()).map(ProductSort::parameter).collect(Collectors.joining(", "));

    /** The sort's name in a query string, such as {@code price_low}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ProductSort> fromParameter(String parameter) {
        return Arrays.stream(values())
                .filter(sort -> sort.parameter().equalsIgnoreCase(parameter))
                .findFirst();
    }
}
