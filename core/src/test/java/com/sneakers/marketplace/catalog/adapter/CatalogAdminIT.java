package com.sneakers.marketplace.catalog.adapter;

import static com.sneakers.marketplace.catalog.adapter.Results.created;
import static com.sneakers.marketplace.catalog.adapter.Results.listed;
import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.catalog.AddSizeResult;
import com.sneakers.marketplace.catalog.Catalog;
import com.sneakers.marketplace.catalog.CatalogService;
import com.sneakers.marketplace.catalog.Drafts;
import com.sneakers.marketplace.catalog.ImageDraft;
import com.sneakers.marketplace.catalog.Invalid;
import com.sneakers.marketplace.catalog.ListQuery;
import com.sneakers.marketplace.catalog.Product;
import com.sneakers.marketplace.catalog.ProductImage;
import com.sneakers.marketplace.catalog.Size;
import com.sneakers.marketplace.catalog.SkuTaken;
import com.sneakers.marketplace.catalog.UpdateResult;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin writes against a real Postgres. */
class CatalogAdminIT {
    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");

    private final MutableClock clock = new MutableClock(CREATED);
    private Catalog catalog;

    @BeforeEach
    void emptyCatalogue() {
        catalog = new CatalogService(new JdbcCatalogStore(TestDatabase.migrated()), clock);
    }

    @Test
    void createsANormalisedProductWithItsImages() {
        Product product = created(catalog.create(Drafts.product(" dz5485-612 ", "Air Jordan 1 Retro High OG", "Jordan")
                .category("Basketball")
                .price("180")
                .releaseYear(2022)
                .images(new ImageDraft("https://images.sneakers.example/dz5485-612.jpg", "Side view"))
                .build()));

        assertThat(product.id()).isPositive();
        assertThat(product.sku()).isEqualTo("DZ5485-612");
        assertThat(product.category()).isEqualTo("basketball");
        assertThat(product.retailPrice()).isEqualTo(new BigDecimal("180.00"));
        assertThat(product.currency()).isEqualTo("USD");
        assertThat(product.images())
                .containsExactly(new ProductImage("https://images.sneakers.example/dz5485-612.jpg", "Side view", 0));
        assertThat(product.sizes()).isEmpty();
        assertThat(product.createdAt()).isEqualTo(CREATED);
        assertThat(catalog.product(product.id())).contains(product);
    }

    @Test
    void refusesASkuAnotherProductHasWhateverItsCase() {
        created(catalog.create(
                Drafts.product("DZ5485-612", "Air Jordan 1", "Jordan").build()));

        assertThat(catalog.create(
                        Drafts.product("dz5485-612", "Another", "Jordan").build()))
                .isEqualTo(new SkuTaken("DZ5485-612"));
        assertThat(productCount()).isEqualTo(1);
    }

    @Test
    void refusesAnInvalidProductFieldByFieldAndStoresNothing() {
        assertThat(catalog.create(Drafts.product(" ", "Air Jordan 1", "Jordan")
                        .price("-1")
                        .releaseYear(1900)
                        .category("sandals")
                        .build()))
                .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsOnlyKeys("sku", "retail_price", "release_year", "category"));
        assertThat(productCount()).isZero();
    }

    @Test
    void anUpdateChangesOnlyTheFieldsItCarries() {
        Product original = created(catalog.create(Drafts.product("DZ5485-612", "Air Jordan 1", "Jordan")
                .colorway("Varsity Red/Black-Sail-Muslin")
                .category("basketball")
                .price("180")
                .releaseYear(2022)
                .images(new ImageDraft("https://images.sneakers.example/dz5485-612.jpg", "Side view"))
                .build()));
        clock.advance(Duration.ofHours(1));

        UpdateResult result = catalog.update(
                original.id(),
                Drafts.changes()
                        .name("Air Jordan 1 Retro High OG 'Lost and Found'")
                        .price("185.5")
                        .build());

        assertThat(result).isInstanceOf(UpdateResult.Updated.class);
        Product updated = ((UpdateResult.Updated) result).product();
        assertThat(updated.name()).isEqualTo("Air Jordan 1 Retro High OG 'Lost and Found'");
        assertThat(updated.retailPrice()).isEqualTo(new BigDecimal("185.50"));
        assertThat(updated.sku()).isEqualTo(original.sku());
        assertThat(updated.colorway()).isEqualTo(original.colorway());
        assertThat(updated.category()).isEqualTo(original.category());
        assertThat(updated.releaseYear()).isEqualTo(original.releaseYear());
        assertThat(updated.images()).isEqualTo(original.images());
        assertThat(updated.createdAt()).isEqualTo(CREATED);
        assertThat(updated.updatedAt()).isEqualTo(CREATED.plus(Duration.ofHours(1)));
        assertThat(catalog.product(original.id())).contains(updated);
    }

    @Test
    void anUpdateClearsAnOptionalTextGivenBlankAndReplacesTheImagesGiven() {
        Product original = created(catalog.create(Drafts.product("DZ5485-612", "Air Jordan 1", "Jordan")
                .colorway("Varsity Red")
                .images(
                        new ImageDraft("https://images.sneakers.example/old-1.jpg", null),
                        new ImageDraft("https://images.sneakers.example/old-2.jpg", null))
                .build()));

        UpdateResult result = catalog.update(
                original.id(),
                Drafts.changes()
                        .colorway("")
                        .images(new ImageDraft("https://images.sneakers.example/new.jpg", "New"))
                        .build());

        Product updated = ((UpdateResult.Updated) result).product();
        assertThat(updated.colorway()).isNull();
        assertThat(updated.images())
                .containsExactly(new ProductImage("https://images.sneakers.example/new.jpg", "New", 0));
    }

    @Test
    void updatingAnUnknownProductIsNotFound() {
        assertThat(catalog.update(404, Drafts.changes().name("Ghost").build()))
                .isEqualTo(new UpdateResult.NotFound(404));
    }

    @Test
    void anUpdateMayNotTakeAnotherProductsSku() {
        created(catalog.create(
                Drafts.product("DZ5485-612", "Air Jordan 1", "Jordan").build()));
        Product other = created(catalog.create(
                Drafts.product("CW2288-111", "Air Force 1", "Nike").build()));

        assertThat(catalog.update(other.id(), Drafts.changes().sku("dz5485-612").build()))
                .isEqualTo(new SkuTaken("DZ5485-612"));
        assertThat(catalog.product(other.id()).orElseThrow().sku()).isEqualTo("CW2288-111");
    }

    @Test
    void anInvalidUpdateIsRefusedAndChangesNothing() {
        Product original = created(catalog.create(Drafts.product("DZ5485-612", "Air Jordan 1", "Jordan")
                .price("180")
                .build()));

        assertThat(catalog.update(
                        original.id(), Drafts.changes().name(" ").price("1.999").build()))
                .isEqualTo(new Invalid(Map.of("name", "is required", "retail_price", "must have at most 2 decimals")));
        assertThat(catalog.product(original.id())).contains(original);
    }

    @Test
    void addsAUsSizeInItsCanonicalForm() {
        long id = created(catalog.create(
                        Drafts.product("DZ5485-612", "Air Jordan 1", "Jordan").build()))
                .id();

        AddSizeResult result = catalog.addSize(id, "10.50");

        assertThat(result).isInstanceOf(AddSizeResult.Added.class);
        Size size = ((AddSizeResult.Added) result).size();
        assertThat(size.productId()).isEqualTo(id);
        assertThat(size.value()).isEqualTo("10.5");
        assertThat(size.system()).isEqualTo("US");
        assertThat(catalog.sizes(id).orElseThrow()).containsExactly(size);
    }

    @Test
    void refusesASizeTheProductAlreadyHasHoweverItIsWritten() {
        long id = created(catalog.create(
                        Drafts.product("DZ5485-612", "Air Jordan 1", "Jordan").build()))
                .id();
        catalog.addSize(id, "10");

        assertThat(catalog.addSize(id, "10.0")).isEqualTo(new AddSizeResult.SizeExists("10"));
        assertThat(catalog.sizes(id).orElseThrow()).hasSize(1);
    }

    @Test
    void theSameSizeMayBeAddedToAnotherProduct() {
        long jordan = created(catalog.create(
                        Drafts.product("DZ5485-612", "Air Jordan 1", "Jordan").build()))
                .id();
        long nike = created(catalog.create(
                        Drafts.product("CW2288-111", "Air Force 1", "Nike").build()))
                .id();
        catalog.addSize(jordan, "10");

        assertThat(catalog.addSize(nike, "10")).isInstanceOf(AddSizeResult.Added.class);
    }

    @Test
    void aSizeForAnUnknownProductIsProductNotFound() {
        assertThat(catalog.addSize(404, "10")).isEqualTo(new AddSizeResult.ProductNotFound(404));
    }

    @Test
    void aSizeOffTheChartIsRefusedOnFieldValue() {
        long id = created(catalog.create(
                        Drafts.product("DZ5485-612", "Air Jordan 1", "Jordan").build()))
                .id();

        for (String value : new String[] {"18.5", "3", "10.25", "XL", null}) {
            assertThat(catalog.addSize(id, value))
                    .as(String.valueOf(value))
                    .isEqualTo(new Invalid(
                            Map.of("value", "must be a US size from 3.5 to 18 in half sizes, such as 10.5")));
        }
        assertThat(catalog.sizes(id).orElseThrow()).isEmpty();
    }

    private long productCount() {
        return listed(catalog.list(new ListQuery(null, null, null, null, null))).total();
    }
}
