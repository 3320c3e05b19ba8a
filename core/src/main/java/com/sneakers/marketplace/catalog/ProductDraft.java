package com.sneakers.marketplace.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product as an admin writes it. For a create, absent optional fields stay empty, the category
 * defaults to {@link Categories#DEFAULT} and the currency to USD; for an update, a null field keeps
 * its current value, a blank optional text clears it, and a non-null image list replaces the images.
 */
public record ProductDraft(
        String sku,
        String name,
        String brand,
        String model,
        String colorway,
        String category,
        String description,
        BigDecimal retailPrice,
        String currency,
        Integer releaseYear,
        List<ImageDraft> images) {

    /** This draft's fields laid over the product's current ones. */
    ProductDraft appliedTo(Product current) {
        return new ProductDraft(
                either(sku, current.sku()),
                either(name, current.name()),
                either(brand, current.brand()),
                either(model, current.model()),
                either(colorway, current.colorway()),
                either(category, current.category()),
                either(description, current.description()),
                either(retailPrice, current.retailPrice()),
                either(currency, current.currency()),
                either(releaseYear, current.releaseYear()),
                either(
                        images,
                        current.images().stream()
                                .map(image -> new ImageDraft(image.url(), image.altText()))
                                .toList()));
    }

    private static <T> T either(T change, T current) {
        return change != null ? change : current;
    }
}
