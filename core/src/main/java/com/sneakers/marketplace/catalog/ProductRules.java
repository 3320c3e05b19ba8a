package com.sneakers.marketplace.catalog;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a product must be before it is stored; the lengths are the columns' own. */
public final class ProductRules {
    static final int MAX_SKU_LENGTH = 50;
    static final int MAX_NAME_LENGTH = 255;
    static final int MAX_BRAND_LENGTH = 100;
    static final int MAX_MODEL_LENGTH = 255;
    static final int MAX_COLORWAY_LENGTH = 255;
    static final int MAX_DESCRIPTION_LENGTH = 5_000;
    static final int MAX_IMAGES = 20;
    static final int MAX_URL_LENGTH = 1_000;
    static final int MAX_ALT_TEXT_LENGTH = 255;
    static final int EARLIEST_RELEASE_YEAR = 1950;
    static final int LATEST_RELEASE_YEAR = 2100;
    static final String DEFAULT_CURRENCY = "USD";

    /** DECIMAL(10,2): eight digits before the point. */
    private static final BigDecimal PRICE_LIMIT = new BigDecimal("100000000");

    /** Style codes such as {@code DZ5485-612}, {@code 1201A019.108} or {@code VN000D3HY28}. */
    private static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9._/-]*");

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private ProductRules() {}

    /**
     * The draft checked as a whole product and normalised: trimmed texts, blank optional texts as
     * null, upper-case SKU and currency, lower-case category, prices with scale 2, defaults filled in.
     */
    public static Validated<ProductDraft> check(ProductDraft draft) {
        FieldErrors errors = new FieldErrors();
        String sku = sku(draft.sku(), errors);
        String name = text("name", draft.name(), MAX_NAME_LENGTH, true, errors);
        String brand = text("brand", draft.brand(), MAX_BRAND_LENGTH, true, errors);
        String model = text("model", draft.model(), MAX_MODEL_LENGTH, false, errors);
        String colorway = text("colorway", draft.colorway(), MAX_COLORWAY_LENGTH, false, errors);
        String category = category(draft.category(), errors);
        String description = text("description", draft.description(), MAX_DESCRIPTION_LENGTH, false, errors);
        BigDecimal retailPrice = retailPrice(draft.retailPrice(), errors);
        String currency = currency(draft.currency(), errors);
        Integer releaseYear = releaseYear(draft.releaseYear(), errors);
        List<ImageDraft> images = images(draft.images(), errors);
        return errors.validated(() -> new ProductDraft(
                sku, name, brand, model, colorway, category, description, retailPrice, currency, releaseYear, images));
    }

    private static String sku(String text, FieldErrors errors) {
        String sku = text("sku", text, MAX_SKU_LENGTH, true, errors);
        if (sku == null) {
            return null;
        }
        sku = sku.toUpperCase(Locale.ROOT);
        if (!SKU.matcher(sku).matches()) {
            errors.add("sku", "must be letters and digits, optionally joined by . _ / or -");
        }
        return sku;
    }

    private static String text(String field, String text, int maxLength, boolean required, FieldErrors errors) {
        String value = Texts.trimmedOrNull(text);
        if (value == null) {
            if (required) {
                errors.add(field, "is required");
            }
            return null;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            errors.add(field, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    private static String category(String text, FieldErrors errors) {
        String category = Texts.trimmedOrNull(text);
        return category == null ? Categories.DEFAULT : Categories.checked(category, errors);
    }

    private static BigDecimal retailPrice(BigDecimal price, FieldErrors errors) {
        if (price == null) {
            return null;
        }
        if (price.signum() < 0) {
            errors.add("retail_price", "must not be negative");
        } else if (price.stripTrailingZeros().scale() > 2) {
            errors.add("retail_price", "must have at most 2 decimals");
        } else if (price.compareTo(PRICE_LIMIT) >= 0) {
            errors.add("retail_price", "must be less than " + PRICE_LIMIT.toPlainString());
        } else {
            return price.setScale(2);
        }
        return null;
    }

    private static String currency(String text, FieldErrors errors) {
        String currency = Texts.trimmedOrNull(text);
        if (currency == null) {
            return DEFAULT_CURRENCY;
        }
        currency = currency.toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches()) {
            errors.add("currency", "must be a three-letter ISO 4217 code such as USD");
        }
        return currency;
    }

    private static Integer releaseYear(Integer year, FieldErrors errors) {
        if (year != null && (year < EARLIEST_RELEASE_YEAR || year > LATEST_RELEASE_YEAR)) {
            errors.add("release_year", "must be from " + EARLIEST_RELEASE_YEAR + " to " + LATEST_RELEASE_YEAR);
        }
        return year;
    }

    private static List<ImageDraft> images(List<ImageDraft> drafts, FieldErrors errors) {
        if (drafts == null) {
            return List.of();
        }
        if (drafts.size() > MAX_IMAGES) {
            errors.add("images", "must be at most " + MAX_IMAGES);
        }
        List<ImageDraft> images = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String field = "images[" + i + "]";
            ImageDraft draft = drafts.get(i);
            if (draft == null) {
                errors.add(field, "is required");
                continue;
            }
            String url = text(field + ".url", draft.url(), MAX_URL_LENGTH, true, errors);
            if (url != null && !isWebAddress(url)) {
                errors.add(field + ".url", "must be an absolute http or https URL");
            }
            String altText = text(field + ".alt_text", draft.altText(), MAX_ALT_TEXT_LENGTH, false, errors);
            images.add(new ImageDraft(url, altText));
        }
        return images;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
