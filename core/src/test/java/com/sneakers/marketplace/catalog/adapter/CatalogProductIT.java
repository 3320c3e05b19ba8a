package com.sneakers.marketplace.catalog.adapter;

import static com.sneakers.marketplace.catalog.adapter.Results.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sneakers.marketplace.catalog.Catalog;
import com.sneakers.marketplace.catalog.CatalogService;
import com.sneakers.marketplace.catalog.Drafts;
import com.sneakers.marketplace.catalog.ImageDraft;
import com.sneakers.marketplace.catalog.Product;
import com.sneakers.marketplace.catalog.ProductImage;
import com.sneakers.marketplace.catalog.Size;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading one product, its images and its sizes from a real Postgres. */
class CatalogProductIT {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private DataSource database;
    private Catalog catalog;

    @BeforeEach
    void emptyCatalogue() {
        database = TestDatabase.migrated();
        catalog = new CatalogService(new JdbcCatalogStore(database), new MutableClock(NOW));
    }

    @Test
    void aProductComesBackWithEveryFieldItsImagesInOrderAndItsSizes() {
        long id = created(catalog.create(Drafts.product("DZ5485-612", "Air Jordan 1 Retro High OG", "Jordan")
                        .model("Air Jordan 1 High")
                        .colorway("Varsity Red/Black-Sail-Muslin")
                        .category("basketball")
                        .description("The Chicago colourway with an aged finish.")
                        .price("180")
                        .releaseYear(2022)
                        .images(
                                new ImageDraft("https://images.sneakers.example/dz5485-612.jpg", "side"),
                                new ImageDraft("https://images.sneakers.example/dz5485-612-top.jpg", "top"))
                        .build()))
                .id();
        catalog.addSize(id, "10.5");

        Product product = catalog.product(id).orElseThrow();

        assertThat(product.sku()).isEqualTo("DZ5485-612");
        assertThat(product.name()).isEqualTo("Air Jordan 1 Retro High OG");
        assertThat(product.brand()).isEqualTo("Jordan");
        assertThat(product.model()).isEqualTo("Air Jordan 1 High");
        assertThat(product.colorway()).isEqualTo("Varsity Red/Black-Sail-Muslin");
        assertThat(product.category()).isEqualTo("basketball");
        assertThat(product.description()).isEqualTo("The Chicago colourway with an aged finish.");
        assertThat(product.retailPrice()).isEqualTo(new BigDecimal("180.00"));
        assertThat(product.currency()).isEqualTo("USD");
        assertThat(product.releaseYear()).isEqualTo(2022);
        assertThat(product.createdAt()).isEqualTo(NOW);
        assertThat(product.updatedAt()).isEqualTo(NOW);
        assertThat(product.images())
                .containsExactly(
                        new ProductImage("https://images.sneakers.example/dz5485-612.jpg", "side", 0),
                        new ProductImage("https://images.sneakers.example/dz5485-612-top.jpg", "top", 1));
        assertThat(product.sizes()).extracting(Size::value, Size::system).containsExactly(tuple("10.5", "US"));
    }

    @Test
    void imagesAreOrderedByPositionNotByInsertion() throws SQLException {
        long id = created(catalog.create(
                        Drafts.product("CW2288-111", "Air Force 1 '07", "Nike").build()))
                .id();
        execute("INSERT INTO product_images (product_id, url, position) VALUES"
                + " (" + id + ", 'https://images.sneakers.example/third.jpg', 2),"
                + " (" + id + ", 'https://images.sneakers.example/first.jpg', 0),"
                + " (" + id + ", 'https://images.sneakers.example/second.jpg', 1)");

        assertThat(catalog.product(id).orElseThrow().images())
                .extracting(ProductImage::url)
                .containsExactly(
                        "https://images.sneakers.example/first.jpg",
                        "https://images.sneakers.example/second.jpg",
                        "https://images.sneakers.example/third.jpg");
    }

    @Test
    void sizesAddedInAnyOrderListSmallestFirst() {
        long id = created(catalog.create(
                        Drafts.product("CW2288-111", "Air Force 1 '07", "Nike").build()))
                .id();
        for (String size : new String[] {"12", "8.5", "10", "3.5", "14", "9.5"}) {
            catalog.addSize(id, size);
        }

        assertThat(catalog.sizes(id).orElseThrow())
                .extracting(Size::value)
                .containsExactly("3.5", "8.5", "9.5", "10", "12", "14");
        assertThat(catalog.product(id).orElseThrow().sizes())
                .extracting(Size::value)
                .containsExactly("3.5", "8.5", "9.5", "10", "12", "14");
    }

    @Test
    void sizesInTheSamePositionAreOrderedByNumberNotByText() throws SQLException {
        long id = created(catalog.create(
                        Drafts.product("CW2288-111", "Air Force 1 '07", "Nike").build()))
                .id();
        execute("INSERT INTO sizes (product_id, size_value, position) VALUES" + " (" + id + ", '10', 0), (" + id
                + ", '9', 0), (" + id + ", '11.5', 0), (" + id + ", '4', 1)");

        assertThat(catalog.sizes(id).orElseThrow()).extracting(Size::value).containsExactly("9", "10", "11.5", "4");
    }

    @Test
    void aProductWithoutSizesHasAnEmptyListOfThem() {
        long id = created(catalog.create(
                        Drafts.product("CW2288-111", "Air Force 1 '07", "Nike").build()))
                .id();

        assertThat(catalog.sizes(id)).contains(List.of());
    }

    @Test
    void anUnknownProductHasNeitherDetailsNorSizes() {
        assertThat(catalog.product(404)).isEmpty();
        assertThat(catalog.sizes(404)).isEmpty();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
