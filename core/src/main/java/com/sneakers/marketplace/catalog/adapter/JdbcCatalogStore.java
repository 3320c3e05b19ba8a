package com.sneakers.marketplace.catalog.adapter;

import com.sneakers.marketplace.catalog.AddSizeResult;
import com.sneakers.marketplace.catalog.CatalogStore;
import com.sneakers.marketplace.catalog.CreateResult;
import com.sneakers.marketplace.catalog.Product;
import com.sneakers.marketplace.catalog.ProductDraft;
import com.sneakers.marketplace.catalog.ProductListing;
import com.sneakers.marketplace.catalog.ProductSearch;
import com.sneakers.marketplace.catalog.Size;
import com.sneakers.marketplace.catalog.SizeChart.UsSize;
import com.sneakers.marketplace.catalog.SkuTaken;
import com.sneakers.marketplace.catalog.UpdateResult;
import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.paging.Page;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The catalogue in Postgres. Each write is one short transaction; a refusal the schema detects (a
 * taken SKU or size, an unknown product) is answered from the constraint it broke, so two concurrent
 * writers cannot both succeed.
 */
public final class JdbcCatalogStore implements CatalogStore {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final Transactions transactions;
    private final ProductReader reader = new ProductReader();
    private final ProductWriter writer = new ProductWriter();

    public JdbcCatalogStore(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public Page<Product> list(ProductListing listing) {
        return read(connection -> reader.list(connection, listing));
    }

    @Override
    public Page<Product> search(ProductSearch search) {
        return read(connection -> reader.search(connection, search));
    }

    @Override
    public Optional<Product> find(long id) {
        return read(connection -> reader.find(connection, id));
    }

    @Override
    public Optional<List<Size>> sizes(long productId) {
        return read(connection -> reader.sizes(connection, productId));
    }

    @Override
    public CreateResult insert(ProductDraft product, Instant at) {
        try {
            return transactions.inTransaction(transaction ->
                    new CreateResult.Created(reader.find(transaction, writer.insert(transaction, product, at))
                            .orElseThrow()));
        } catch (SQLException e) {
            // The SKU is the only unique column a new product can collide on.
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return new SkuTaken(product.sku());
            }
            throw Transactions.failed("create product " + product.sku(), e);
        }
    }

    @Override
    public UpdateResult update(long id, ProductDraft product, Instant at) {
        try {
            return transactions.inTransaction(transaction -> writer.update(transaction, id, product, at)
                    ? new UpdateResult.Updated(reader.find(transaction, id).orElseThrow())
                    : new UpdateResult.NotFound(id));
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return new SkuTaken(product.sku());
            }
            throw Transactions.failed("update product " + id, e);
        }
    }

    @Override
    public AddSizeResult addSize(long productId, UsSize size, Instant at) {
        try {
            return transactions.inTransaction(
                    transaction -> new AddSizeResult.Added(writer.insertSize(transaction, productId, size, at)));
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return new AddSizeResult.SizeExists(size.value());
            }
            if (FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
                return new AddSizeResult.ProductNotFound(productId);
            }
            throw Transactions.failed("add size " + size.value() + " to product " + productId, e);
        }
    }

    private <T> T read(Transactions.Work<T> work) {
        return transactions.read("read the catalogue", work);
    }
}
