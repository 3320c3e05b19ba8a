package com.sneakers.marketplace.local.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.sneakers.marketplace.catalog.ImageDraft;
import com.sneakers.marketplace.catalog.ProductDraft;
import com.sneakers.marketplace.catalog.ProductRules;
import com.sneakers.marketplace.catalog.SizeChart;
import com.sneakers.marketplace.catalog.SizeChart.UsSize;
import com.sneakers.marketplace.catalog.Validated;
import com.sneakers.marketplace.catalog.adapter.ProductWriter;
import com.sneakers.marketplace.platform.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local marketplace's starter catalogue ({@code seed/catalog.json}): real sneaker models with
 * their US sizes. It is not a migration, so a deployed database starts without products.
 */
public final class CatalogSeed {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogSeed.class);
    private static final String RESOURCE = "/seed/catalog.json";

    private CatalogSeed() {}

    /**
     * Inserts the whole seed in one transaction when there are no products yet; answers the number
     * of products inserted, 0 when the catalogue already had some.
     */
    public static int seedIfEmpty(DataSource dataSource) {
        try (Connection transaction = dataSource.getConnection()) {
            transaction.setAutoCommit(false);
            try {
                int inserted = seedIfEmpty(transaction);
                transaction.commit();
                return inserted;
            } catch (SQLException | RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed the catalogue", e);
        }
    }

    private static int seedIfEmpty(Connection transaction) throws SQLException {
        if (hasProducts(transaction)) {
            return 0;
        }
        SeedFile seed = read();
        ProductWriter writer = new ProductWriter();
        Instant now = Clock.systemUTC().instant();
        for (SeedProduct product : seed.products()) {
            long id = writer.insert(transaction, product.checkedDraft(), now);
            for (UsSize size : seed.sizesOf(product)) {
                writer.insertSize(transaction, id, size, now);
            }
        }
        LOG.info("Seeded the catalogue with {} products", seed.products().size());
        return seed.products().size();
    }

    /** Locks the table first, so of two runtimes starting together only the first one seeds. */
    private static boolean hasProducts(Connection transaction) throws SQLException {
        try (Statement statement = transaction.createStatement()) {
            statement.execute("LOCK TABLE products IN SHARE ROW EXCLUSIVE MODE");
            try (ResultSet row = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM products)")) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private static SeedFile read() {
        try (InputStream json = CatalogSeed.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return Json.mapper()
                    .readerFor(SeedFile.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The seed file: named runs of US sizes, and the products, each naming its run. */
    record SeedFile(Map<String, List<String>> sizeRuns, List<SeedProduct> products) {

        List<UsSize> sizesOf(SeedProduct product) {
            List<String> run = sizeRuns.get(product.sizeRun());
            if (run == null) {
                throw new IllegalStateException(product.sku() + " names an unknown size run " + product.sizeRun());
            }
            return run.stream()
                    .map(value -> SizeChart.us(value)
                            .orElseThrow(() -> new IllegalStateException(
                                    "Size run " + product.sizeRun() + " has a size off the chart: " + value)))
                    .toList();
        }
    }

    record SeedProduct(
            String sku,
            String name,
            String brand,
            String model,
            String colorway,
            String category,
            BigDecimal retailPrice,
            Integer releaseYear,
            String imageUrl,
            String sizeRun) {

        /** The product as the catalogue's own rules accept it, so the seed holds nothing an admin could not write. */
        ProductDraft checkedDraft() {
            Validated<ProductDraft> draft = ProductRules.check(new ProductDraft(
                    sku,
                    name,
                    brand,
                    model,
                    colorway,
                    category,
                    null,
                    retailPrice,
                    null,
                    releaseYear,
                    List.of(new ImageDraft(imageUrl, name))));
            if (!draft.isValid()) {
                throw new IllegalStateException("Seed product " + sku + " is invalid: " + draft.errors());
            }
            return draft.value();
        }
    }
}
