package com.sneakers.marketplace.catalog.adapter;

import static com.sneakers.marketplace.platform.db.SqlTime.utc;

import com.sneakers.marketplace.catalog.ImageDraft;
import com.sneakers.marketplace.catalog.ProductDraft;
import com.sneakers.marketplace.catalog.Size;
import com.sneakers.marketplace.catalog.SizeChart;
import com.sneakers.marketplace.catalog.SizeChart.UsSize;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/**
 * The catalogue's row writes, inside the caller's transaction, of drafts already checked by
 * {@link com.sneakers.marketplace.catalog.ProductRules}. Constraint violations reach the caller as
 * {@link SQLException}s: a taken SKU or size is a unique violation, an unknown product a foreign key one.
 */
public final class ProductWriter {
    private static final String FIELDS =
            "sku, name, brand, model, colorway, category, description, retail_price, currency, release_year";

    /** Inserts the product with its images and answers its id. */
    public long insert(Connection transaction, ProductDraft product, Instant at) throws SQLException {
        long id;
        try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO products (" + FIELDS
                + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            int next = bindFields(insert, product);
            insert.setObject(next, utc(at));
            insert.setObject(next + 1, utc(at));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        insertImages(transaction, id, product.images());
        return id;
    }

    /** Writes every field and replaces the images; false when there is no such product. */
    public boolean update(Connection transaction, long id, ProductDraft product, Instant at) throws SQLException {
        try (PreparedStatement update = transaction.prepareStatement(
                "UPDATE products SET (" + FIELDS + ", updated_at) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?")) {
            int next = bindFields(update, product);
            update.setObject(next, utc(at));
            update.setLong(next + 1, id);
            if (update.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement delete =
                transaction.prepareStatement("DELETE FROM product_images WHERE product_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        insertImages(transaction, id, product.images());
        return true;
    }

    public Size insertSize(Connection transaction, long productId, UsSize size, Instant at) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement(
                "INSERT INTO sizes (product_id, size_value, size_system, position, created_at)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            insert.setLong(1, productId);
            insert.setString(2, size.value());
            insert.setString(3, SizeChart.US);
            insert.setInt(4, size.position());
            insert.setObject(5, utc(at));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return new Size(row.getLong(1), productId, size.value(), SizeChart.US, size.position());
            }
        }
    }

    /** Binds {@link #FIELDS} from the first parameter on; answers the next parameter's index. */
    private static int bindFields(PreparedStatement statement, ProductDraft product) throws SQLException {
        statement.setString(1, product.sku());
        statement.setString(2, product.name());
        statement.setString(3, product.brand());
        statement.setString(4, product.model());
        statement.setString(5, product.colorway());
        statement.setString(6, product.category());
        statement.setString(7, product.description());
        statement.setBigDecimal(8, product.retailPrice());
        statement.setString(9, product.currency());
        statement.setObject(10, product.releaseYear(), Types.INTEGER);
        return 11;
    }

    private static void insertImages(Connection transaction, long productId, List<ImageDraft> images)
            throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement(
                "INSERT INTO product_images (product_id, url, alt_text, position) VALUES (?, ?, ?, ?)")) {
            for (int position = 0; position < images.size(); position++) {
                insert.setLong(1, productId);
                insert.setString(2, images.get(position).url());
                insert.setString(3, images.get(position).altText());
                insert.setInt(4, position);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
