package com.sneakers.marketplace.catalog;

import java.util.List;
import java.util.Locale;

/** The categories a product can be filed under. */
public final class Categories {
    /** The schema's default, for a product that fits no narrower category. */
    public static final String DEFAULT = "sneakers";

    public static final List<String> ALL =
            List.of(DEFAULT, "basketball", "running", "lifestyle", "skateboarding", "trail");

    private Categories() {}

    /** The category in lower case; a category not in {@link #ALL} is reported on field {@code category}. */
    static String checked(String category, FieldErrors errors) {
        String lowerCase = category.toLowerCase(Locale.ROOT);
        if (!ALL.contains(lowerCase)) {
            errors.add("category", "must be one of " + String.join(", ", ALL));
        }
        return lowerCase;
    }
}
