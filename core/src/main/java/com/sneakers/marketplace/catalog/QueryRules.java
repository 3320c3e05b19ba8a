package com.sneakers.marketplace.catalog;

import com.sneakers.marketplace.platform.paging.Paging;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns the raw parameters of list and search requests into checked queries. */
final class QueryRules {
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_SEARCH_LENGTH = 200;

    /** Anything but a letter or digit separates words, so tsquery operators never reach the query. */
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private QueryRules() {}

    static Validated<ProductListing> listing(ListQuery query) {
        FieldErrors errors = new FieldErrors();
        Paging paging = paging(query.page(), query.pageSize(), errors);
        String brand = brand(query.brand(), errors);
        String category = category(query.category(), errors);
        ProductSort sort = sort(query.sort(), errors);
        return errors.validated(() -> new ProductListing(paging, brand, category, sort));
    }

    static Validated<ProductSearch> search(SearchQuery query) {
        FieldErrors errors = new FieldErrors();
        Paging paging = paging(query.page(), query.pageSize(), errors);
        List<String> words = searchWords(query.q(), errors);
        return errors.validated(() -> new ProductSearch(paging, words));
    }

    /** The lower-case words of letters and digits in the text; everything else only separates them. */
    static List<String> words(String text) {
        return Arrays.stream(WORD_SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static Paging paging(String page, String pageSize, FieldErrors errors) {
        return new Paging(
                wholeNumber("page", page, 1, Integer.MAX_VALUE, "must be a whole number of at least 1", errors),
                wholeNumber(
                        "page_size",
                        pageSize,
                        DEFAULT_PAGE_SIZE,
                        Paging.MAX_PAGE_SIZE,
                        "must be a whole number from 1 to " + Paging.MAX_PAGE_SIZE,
                        errors));
    }

    private static int wholeNumber(
            String field, String text, int defaultValue, int max, String rule, FieldErrors errors) {
        String trimmed = Texts.trimmedOrNull(text);
        if (trimmed == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(trimmed);
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, like a number out of range
        }
        errors.add(field, rule);
        return defaultValue;
    }

    private static String brand(String text, FieldErrors errors) {
        String brand = Texts.trimmedOrNull(text);
        if (brand != null && brand.length() > ProductRules.MAX_BRAND_LENGTH) {
            errors.add("brand", "must be at most " + ProductRules.MAX_BRAND_LENGTH + " characters");
        }
        return brand;
    }

    private static String category(String text, FieldErrors errors) {
        String category = Texts.trimmedOrNull(text);
        return category == null ? null : Categories.checked(category, errors);
    }

    private static ProductSort sort(String text, FieldErrors errors) {
        String sort = Texts.trimmedOrNull(text);
        if (sort == null) {
            return ProductSort.NEWEST;
        }
        return ProductSort.fromParameter(sort).orElseGet(() -> {
            errors.add("sort", ProductSort.RULE);
            return ProductSort.NEWEST;
        });
    }

    private static List<String> searchWords(String text, FieldErrors errors) {
        String q = Texts.trimmedOrNull(text);
        if (q == null) {
            errors.add("q", "is required");
            return List.of();
        }
        if (q.length() > MAX_SEARCH_LENGTH) {
            errors.add("q", "must be at most " + MAX_SEARCH_LENGTH + " characters");
            return List.of();
        }
        List<String> words = words(q);
        if (words.isEmpty()) {
            errors.add("q", "must contain a letter or a digit");
        }
        return words;
    }
}
