package com.sneakers.marketplace.catalog.adapter;

import com.sneakers.marketplace.catalog.Product;
import com.sneakers.marketplace.catalog.ProductImage;
import com.sneakers.marketplace.catalog.ProductListing;
import com.sneakers.marketplace.catalog.ProductSearch;
import com.sneakers.marketplace.catalog.ProductSort;
import com.sneakers.marketplace.catalog.Size;
import com.sneakers.marketplace.platform.db.SqlTime;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue's queries: products with their images and sizes, read on the caller's connection. */
final class ProductReader {
    private static final String COLUMNS = "id, sku, name, brand, model, colorway, category, description,"
            + " retail_price, currency, release_year, created_at, updated_at";
    /** Chart order: by position, then numerically where the value is a number ("8" before "10"). */
    private static final String SIZE_ORDER =
            "position, CASE WHEN size_value ~ '^[0-9]+(\\.[0-9]+)?$' THEN size_value::numeric END NULLS LAST,"
                    + " size_value, id";

    Page<Product> list(Connection connection, ProductListing listing) throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (listing.brand() != null) {
            conditions.add("lower(brand) = lower(?)");
            parameters.add(listing.brand());
        }
        if (listing.category() != null) {
            conditions.add("lower(category) = ?");
            parameters.add(listing.category());
        }
        String matching = " FROM products" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        return page(connection, matching, orderBy(listing.sort()), parameters, listing.paging());
    }

    Page<Product> search(Connection connection, ProductSearch search) throws SQLException {
        return page(
                connection,
                " FROM products, to_tsquery('simple', ?) AS query WHERE search_vector @@ query",
                "ts_rank(search_vector, query) DESC, lower(name), id",
                List.of(tsQuery(search.words())),
                search.paging());
    }

    Optional<Product> find(Connection connection, long id) throws SQLException {
        return products(connection, "SELECT " + COLUMNS + " FROM products WHERE id = ?", List.of(id)).stream()
                .findFirst();
    }

    Optional<List<Size>> sizes(Connection connection, long productId) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM products WHERE id = ?")) {
            exists.setLong(1, productId);
            try (ResultSet row = exists.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(sizesOf(connection, List.of(productId)).getOrDefault(productId, List.of()));
    }

    /** Every word must match; the last also as the start of a longer word. */
    private static String tsQuery(List<String> words) {
        return String.join(" & ", words) + ":*";
    }

    private static String orderBy(ProductSort sort) {
        return switch (sort) {
            case NEWEST -> "created_at DESC, id DESC";
            case NAME -> "lower(name), id";
            case PRICE_LOW -> "retail_price ASC NULLS LAST, id";
            case PRICE_HIGH -> "retail_price DESC NULLS LAST, id";
        };
    }

    private Page<Product> page(
            Connection connection, String matching, String orderBy, List<Object> parameters, Paging paging)
            throws SQLException {
        long total;
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*)" + matching)) {
            bind(count, parameters);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                total = row.getLong(1);
            }
        }
        List<Object> pageParameters = new ArrayList<>(parameters);
        pageParameters.add(paging.pageSize());
        pageParameters.add(paging.offset());
        List<Product> items = products(
                connection,
                "SELECT " + COLUMNS + matching + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?",
                pageParameters);
        return new Page<>(items, paging.page(), paging.pageSize(), total);
    }

    private List<Product> products(Connection connection, String sql, List<Object> parameters) throws SQLException {
        List<Product> products = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    products.add(product(rows));
                }
            }
        }
        if (products.isEmpty()) {
            return products;
        }
        List<Long> ids = products.stream().map(Product::id).toList();
        Map<Long, List<ProductImage>> images = imagesOf(connection, ids);
        Map<Long, List<Size>> sizes = sizesOf(connection, ids);
        return products.stream()
                .map(product -> product.withImagesAndSizes(
                        images.getOrDefault(product.id(), List.of()), sizes.getOrDefault(product.id(), List.of())))
                .toList();
    }

    private static Product product(ResultSet row) throws SQLException {
        return new Product(
                row.getLong("id"),
                row.getString("sku"),
                row.getString("name"),
                row.getString("brand"),
                row.getString("model"),
                row.getString("colorway"),
                row.getString("category"),
                row.getString("description"),
                row.getBigDecimal("retail_price"),
                row.getString("currency"),
                row.getObject("release_year", Integer.class),
                List.of(),
                List.of(),
                SqlTime.instant(row, "created_at"),
                SqlTime.instant(row, "updated_at"));
    }

    private static Map<Long, List<ProductImage>> imagesOf(Connection connection, List<Long> productIds)
            throws SQLException {
        Map<Long, List<ProductImage>> images = new LinkedHashMap<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT product_id, url, alt_text, position FROM product_images"
                        + " WHERE product_id = ANY (?) ORDER BY position, id")) {
            select.setArray(1, connection.createArrayOf("bigint", productIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    images.computeIfAbsent(rows.getLong("product_id"), id -> new ArrayList<>())
                            .add(new ProductImage(
                                    rows.getString("url"), rows.getString("alt_text"), rows.getInt("position")));
                }
            }
        }
        return images;
    }

    private static Map<Long, List<Size>> sizesOf(Connection connection, List<Long> productIds) throws SQLException {
        Map<Long, List<Size>> sizes = new LinkedHashMap<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT id, product_id, size_value, size_system, position FROM sizes"
                        + " WHERE product_id = ANY (?) ORDER BY " + SIZE_ORDER)) {
            select.setArray(1, connection.createArrayOf("bigint", productIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long productId = rows.getLong("product_id");
                    sizes.computeIfAbsent(productId, id -> new ArrayList<>())
                            .add(new Size(
                                    rows.getLong("id"),
                                    productId,
                                    rows.getString("size_value"),
                                    rows.getString("size_system"),
                                    rows.getInt("position")));
                }
            }
        }
        return sizes;
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
