package com.sneakers.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductRulesTest {

    @Test
    void aProductNeedsOnlySkuNameAndBrandAndGetsTheDefaultCategoryAndCurrency() {
        Validated<ProductDraft> checked = ProductRules.check(
                Drafts.product("CW2288-111", "Air Force 1 '07", "Nike").build());

        assertThat(checked.value())
                .isEqualTo(new ProductDraft(
                        "CW2288-111",
                        "Air Force 1 '07",
                        "Nike",
                        null,
                        null,
                        "sneakers",
                        null,
                        null,
                        "USD",
                        null,
                        List.of()));
    }

    @Test
    void normalisesTextsCodesAndPrices() {
        Validated<ProductDraft> checked =
                ProductRules.check(Drafts.product(" dz5485-612 ", " Air Jordan 1 ", " Jordan ")
                        .model("  ")
                        .colorway(" Varsity Red ")
                        .category(" Basketball ")
                        .currency("usd")
                        .price("180.000")
                        .images(new ImageDraft(" https://images.sneakers.example/dz5485-612.jpg ", " "))
                        .build());

        ProductDraft product = checked.value();
        assertThat(product.sku()).isEqualTo("DZ5485-612");
        assertThat(product.name()).isEqualTo("Air Jordan 1");
        assertThat(product.brand()).isEqualTo("Jordan");
        assertThat(product.model()).isNull();
        assertThat(product.colorway()).isEqualTo("Varsity Red");
        assertThat(product.category()).isEqualTo("basketball");
        assertThat(product.currency()).isEqualTo("USD");
        assertThat(product.retailPrice()).isEqualTo(new BigDecimal("180.00"));
        assertThat(product.images())
                .containsExactly(new ImageDraft("https://images.sneakers.example/dz5485-612.jpg", null));
    }

    @Test
    void skuNameAndBrandAreRequired() {
        assertThat(errors(Drafts.product(null, " ", "").build()))
                .containsExactly(
                        entry("sku", "is required"), entry("name", "is required"), entry("brand", "is required"));
    }

    @Test
    void textsMayNotOutgrowTheirColumns() {
        Map<String, String> errors = errors(Drafts.product("A".repeat(51), "n".repeat(256), "b".repeat(101))
                .model("m".repeat(256))
                .colorway("c".repeat(256))
                .description("d".repeat(5_001))
                .build());

        assertThat(errors)
                .containsEntry("sku", "must be at most 50 characters")
                .containsEntry("name", "must be at most 255 characters")
                .containsEntry("brand", "must be at most 100 characters")
                .containsEntry("model", "must be at most 255 characters")
                .containsEntry("colorway", "must be at most 255 characters")
                .containsEntry("description", "must be at most 5000 characters");
        assertThat(errors(Drafts.product("A".repeat(50), "n".repeat(255), "b".repeat(100))
                        .build()))
                .isEmpty();
    }

    @Test
    void aSkuIsLettersAndDigitsJoinedByDotsDashesSlashesOrUnderscores() {
        assertThat(errors(valid().sku("1201A019.108").build())).isEmpty();
        assertThat(errors(valid().sku("VN000D3HY28").build())).isEmpty();
        assertThat(errors(valid().sku("DZ5485 612").build())).containsKey("sku");
        assertThat(errors(valid().sku("-DZ5485").build())).containsKey("sku");
        assertThat(errors(valid().sku("DZ5485;612").build())).containsKey("sku");
    }

    @Test
    void theRetailPriceIsNotNegativeAndHasAtMostTwoDecimals() {
        assertThat(errors(valid().price("0").build())).isEmpty();
        assertThat(errors(valid().price("99999999.99").build())).isEmpty();
        assertThat(errors(valid().price("-0.01").build())).containsEntry("retail_price", "must not be negative");
        assertThat(errors(valid().price("179.999").build()))
                .containsEntry("retail_price", "must have at most 2 decimals");
        assertThat(errors(valid().price("100000000").build())).containsKey("retail_price");
    }

    @Test
    void theReleaseYearIsFrom1950To2100() {
        assertThat(errors(valid().releaseYear(1950).build())).isEmpty();
        assertThat(errors(valid().releaseYear(2100).build())).isEmpty();
        assertThat(errors(valid().releaseYear(1949).build()))
                .containsEntry("release_year", "must be from 1950 to 2100");
        assertThat(errors(valid().releaseYear(2101).build())).containsKey("release_year");
    }

    @Test
    void theCategoryIsOneOfTheCataloguesOwn() {
        for (String category : Categories.ALL) {
            assertThat(errors(valid().category(category).build())).as(category).isEmpty();
        }
        assertThat(errors(valid().category("sandals").build()))
                .containsEntry(
                        "category", "must be one of sneakers, basketball, running, lifestyle, skateboarding, trail");
    }

    @Test
    void theCurrencyIsAThreeLetterCode() {
        assertThat(errors(valid().currency("EUR").build())).isEmpty();
        assertThat(errors(valid().currency("US$").build())).containsKey("currency");
    }

    @Test
    void eachImageNeedsAWebAddressAndAShortAltTextReportedByItsIndex() {
        Map<String, String> errors = errors(valid().images(
                        new ImageDraft("https://images.sneakers.example/a.jpg", "front"),
                        new ImageDraft("file:///etc/passwd", null),
                        new ImageDraft(" ", "a".repeat(256)),
                        new ImageDraft("not a url", null))
                .build());

        assertThat(errors)
                .containsOnlyKeys("images[1].url", "images[2].url", "images[2].alt_text", "images[3].url")
                .containsEntry("images[1].url", "must be an absolute http or https URL")
                .containsEntry("images[2].url", "is required")
                .containsEntry("images[2].alt_text", "must be at most 255 characters");
    }

    @Test
    void aProductHasAtMostTwentyImages() {
        ImageDraft[] images = new ImageDraft[21];
        Arrays.fill(images, new ImageDraft("https://images.sneakers.example/a.jpg", null));

        assertThat(errors(valid().images(images).build())).containsEntry("images", "must be at most 20");
    }

    private static Drafts valid() {
        return Drafts.product("CW2288-111", "Air Force 1 '07", "Nike");
    }

    private static Map<String, String> errors(ProductDraft draft) {
        return ProductRules.check(draft).errors();
    }
}
