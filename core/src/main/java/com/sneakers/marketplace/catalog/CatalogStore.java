package com.sneakers.marketplace.catalog;

import com.sneakers.marketplace.catalog.SizeChart.UsSize;
import com.sneakers.marketplace.platform.paging.Page;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the catalogue keeps its products. Writes receive drafts already checked by {@link ProductRules}. */
public interface CatalogStore {

    Page<Product> list(ProductListing listing);

    /** The products matching every word, by relevance (name and brand weigh most), then by name. */
    Page<Product> search(ProductSearch search);

    Optional<Product> find(long id);

    Optional<List<Size>> sizes(long productId);

    /** {@link CreateResult.Created} or {@link SkuTaken}. */
    CreateResult insert(ProductDraft product, Instant at);

    /** {@link UpdateResult.Updated}, {@link UpdateResult.NotFound} or {@link SkuTaken}. */
    UpdateResult update(long id, ProductDraft product, Instant at);

    /** {@link AddSizeResult.Added}, {@link AddSizeResult.ProductNotFound} or {@link AddSizeResult.SizeExists}. */
    AddSizeResult addSize(long productId, UsSize size, Instant at);
}
