package com.sneakers.marketplace.catalog.adapter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.sneakers.marketplace.catalog.AddSizeResult;
import com.sneakers.marketplace.catalog.Catalog;
import com.sneakers.marketplace.catalog.CreateResult;
import com.sneakers.marketplace.catalog.ListQuery;
import com.sneakers.marketplace.catalog.ListResult;
import com.sneakers.marketplace.catalog.Product;
import com.sneakers.marketplace.catalog.ProductDraft;
import com.sneakers.marketplace.catalog.SearchQuery;
import com.sneakers.marketplace.catalog.Size;
import com.sneakers.marketplace.catalog.UpdateResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Keeps catalogue reads in the container for five minutes. A write through this instance forgets
 * every read, since one product can appear in any list or search; writes made elsewhere show once the
 * entries expire.
 */
public final class CachingCatalog implements Catalog {
    private static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES_PER_READ = 2_000;

    private final Catalog catalog;
    private final Cache<ListQuery, ListResult> lists;
    private final Cache<SearchQuery, ListResult> searches;
    private final Cache<Long, Optional<Product>> products;
    private final Cache<Long, Optional<List<Size>>> sizes;

    /** The ticker measures the time to live: {@link Ticker#systemTicker()} outside tests. */
    public CachingCatalog(Catalog catalog, Ticker ticker) {
        this.catalog = catalog;
        this.lists = newCache(ticker);
        this.searches = newCache(ticker);
        this.products = newCache(ticker);
        this.sizes = newCache(ticker);
    }

    @Override
    public ListResult list(ListQuery query) {
        return lists.get(query, catalog::list);
    }

    @Override
    public ListResult search(SearchQuery query) {
        return searches.get(query, catalog::search);
    }

    @Override
    public Optional<Product> product(long id) {
        return products.get(id, catalog::product);
    }

    @Override
    public Optional<List<Size>> sizes(long productId) {
        return sizes.get(productId, catalog::sizes);
    }

    @Override
    public CreateResult create(ProductDraft draft) {
        return forgettingReads(catalog.create(draft));
    }

    @Override
    public UpdateResult update(long id, ProductDraft changes) {
        return forgettingReads(catalog.update(id, changes));
    }

    @Override
    public AddSizeResult addSize(long productId, String value) {
        return forgettingReads(catalog.addSize(productId, value));
    }

    private <T> T forgettingReads(T writeResult) {
        lists.invalidateAll();
        searches.invalidateAll();
        products.invalidateAll();
        sizes.invalidateAll();
        return writeResult;
    }

    private static <K, V> Cache<K, V> newCache(Ticker ticker) {
        return Caffeine.newBuilder()
                .expireAfterWrite(TIME_TO_LIVE)
                .maximumSize(MAX_ENTRIES_PER_READ)
                .ticker(ticker)
                // Lambda freezes the container between requests: clean up on the calling thread.
                .executor(Runnable::run)
                .build();
    }
}
