package com.sneakers.marketplace.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A sneaker model in one colourway. The retail price has scale 2 and may be unknown (null), as may
 * the model, colourway, description and release year.
 */
public record Product(
        long id,
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
        List<ProductImage> images,
        List<Size> sizes,
        Instant createdAt,
        Instant updatedAt) {

    public Product {
        images = List.copyOf(images);
        sizes = List.copyOf(sizes);
    }

    public Product withImagesAndSizes(List<ProductImage> images, List<Size> sizes) {
        return new Product(
                id,
                sku,
                name,
                brand,
                model,
                colorway,
                category,
                description,
                retailPrice,
                currency,
                releaseYear,
                images,
                sizes,
                createdAt,
                updatedAt);
    }
}
