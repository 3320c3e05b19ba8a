package com.sneakers.marketplace.local.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.catalog.Catalog;
import com.sneakers.marketplace.catalog.ListQuery;
import com.sneakers.marketplace.catalog.ListResult;
import com.sneakers.marketplace.catalog.Product;
import com.sneakers.marketplace.catalog.SearchQuery;
import com.sneakers.marketplace.catalog.Size;
import com.sneakers.marketplace.catalog.adapter.CatalogModule;
import com.sneakers.marketplace.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogSeedIT {
    private DataSource database;

    @BeforeEach
    void emptyCatalogue() {
        database = TestDatabase.migrated();
    }

    @Test
    void fillsAnEmptyCatalogueWithAtLeastFortyModelsEachWithUniqueSkuSizesAndAnImage() throws SQLException {
        int inserted = CatalogSeed.seedIfEmpty(database);

        assertThat(inserted).isGreaterThanOrEqualTo(40);
        assertThat(count("SELECT count(*) FROM products")).isEqualTo(inserted);
        assertThat(count("SELECT count(DISTINCT sku) FROM products")).isEqualTo(inserted);
        assertThat(count("SELECT count(*) FROM products p"
                        + " WHERE NOT EXISTS (SELECT 1 FROM sizes s WHERE s.product_id = p.id)"))
                .isZero();
        assertThat(count("SELECT count(*) FROM products p"
                        + " WHERE NOT EXISTS (SELECT 1 FROM product_images i WHERE i.product_id = p.id)"))
                .isZero();
        assertThat(count("SELECT count(*) FROM products WHERE retail_price IS NULL OR release_year IS NULL"))
                .isZero();
        assertThat(count("SELECT count(DISTINCT brand) FROM products")).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aSecondCallInsertsNothing() throws SQLException {
        int first = CatalogSeed.seedIfEmpty(database);
        long sizes = count("SELECT count(*) FROM sizes");

        assertThat(CatalogSeed.seedIfEmpty(database)).isZero();
        assertThat(count("SELECT count(*) FROM products")).isEqualTo(first);
        assertThat(count("SELECT count(*) FROM sizes")).isEqualTo(sizes);
    }

    @Test
    void leavesACatalogueThatAlreadyHasProductsAlone() throws SQLException {
        execute("INSERT INTO products (sku, name, brand) VALUES ('OWN-1', 'Our own shoe', 'House')");

        assertThat(CatalogSeed.seedIfEmpty(database)).isZero();
        assertThat(count("SELECT count(*) FROM products")).isEqualTo(1);
    }

    @Test
    void theSeededCatalogueIsBrowsableAndSearchableWithUsSizesSmallestFirst() {
        CatalogSeed.seedIfEmpty(database);
        Catalog catalog = CatalogModule.create(database, Clock.systemUTC());

        List<Product> jordans = listed(catalog.list(new ListQuery(null, "100", "jordan", null, "name")));
        assertThat(jordans).isNotEmpty().allSatisfy(product -> assertThat(product.category())
                .isEqualTo("basketball"));
        assertThat(listed(catalog.search(new SearchQuery("chicago jordan", null, null))))
                .extracting(Product::sku)
                .containsExactly("DZ5485-612");
        List<Size> sizes = catalog.sizes(jordans.get(0).id()).orElseThrow();
        assertThat(sizes).allSatisfy(size -> assertThat(size.system()).isEqualTo("US"));
        assertThat(sizes)
                .extracting(size -> Double.parseDouble(size.value()))
                .isSorted()
                .contains(7.0, 10.5, 13.0);
    }

    private static List<Product> listed(ListResult result) {
        assertThat(result).isInstanceOf(ListResult.Listed.class);
        return ((ListResult.Listed) result).page().items();
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
