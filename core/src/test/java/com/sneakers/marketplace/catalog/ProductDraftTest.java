package com.sneakers.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductDraftTest {
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Product CURRENT = new Product(
            7,
            "DZ5485-612",
            "Air Jordan 1 Retro High OG",
            "Jordan",
            "Air Jordan 1 High",
            "Varsity Red/Black-Sail-Muslin",
            "basketball",
            "Lost and Found",
            new BigDecimal("180.00"),
            "USD",
            2022,
            List.of(new ProductImage("https://images.sneakers.example/dz5485-612.jpg", "side", 0)),
            List.of(),
            CREATED,
            CREATED);

    @Test
    void changesWithNoFieldsKeepTheWholeProduct() {
        ProductDraft merged = Drafts.changes().build().appliedTo(CURRENT);

        assertThat(merged)
                .isEqualTo(new ProductDraft(
                        "DZ5485-612",
                        "Air Jordan 1 Retro High OG",
                        "Jordan",
                        "Air Jordan 1 High",
                        "Varsity Red/Black-Sail-Muslin",
                        "basketball",
                        "Lost and Found",
                        new BigDecimal("180.00"),
                        "USD",
                        2022,
                        List.of(new ImageDraft("https://images.sneakers.example/dz5485-612.jpg", "side"))));
    }

    @Test
    void givenFieldsReplaceTheCurrentOnesAndTheRestStay() {
        ProductDraft merged = Drafts.changes()
                .name("Air Jordan 1 'Chicago'")
                .price("200")
                .description("")
                .images()
                .build()
                .appliedTo(CURRENT);

        assertThat(merged.name()).isEqualTo("Air Jordan 1 'Chicago'");
        assertThat(merged.retailPrice()).isEqualByComparingTo("200");
        assertThat(merged.description()).isEmpty();
        assertThat(merged.images()).isEmpty();
        assertThat(merged.sku()).isEqualTo("DZ5485-612");
        assertThat(merged.colorway()).isEqualTo("Varsity Red/Black-Sail-Muslin");
        assertThat(merged.releaseYear()).isEqualTo(2022);
    }
}
