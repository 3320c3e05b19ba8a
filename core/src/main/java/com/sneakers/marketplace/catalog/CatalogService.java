package com.sneakers.marketplace.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue's rules in front of its store. */
public final class CatalogService implements Catalog {
    private final CatalogStore store;
    private final Clock clock;

    public CatalogService(CatalogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public ListResult list(ListQuery query) {
        Validated<ProductListing> listing = QueryRules.listing(query);
        return listing.isValid() ? new ListResult.Listed(store.list(listing.value())) : new Invalid(listing.errors());
    }

    @Override
    public ListResult search(SearchQuery query) {
        Validated<ProductSearch> search = QueryRules.search(query);
        return search.isValid() ? new ListResult.Listed(store.search(search.value())) : new Invalid(search.errors());
    }

    @Override
    public Optional<Product> product(long id) {
        return store.find(id);
    }

    @Override
    public Optional<List<Size>> sizes(long productId) {
        return store.sizes(productId);
    }

    @Override
    public CreateResult create(ProductDraft draft) {
        Validated<ProductDraft> product = ProductRules.check(draft);
        return product.isValid() ? store.insert(product.value(), clock.instant()) : new Invalid(product.errors());
    }

    @Override
    public UpdateResult update(long id, ProductDraft changes) {
        Optional<Product> current = store.find(id);
        if (current.isEmpty()) {
            return new UpdateResult.NotFound(id);
        }
        Validated<ProductDraft> product = ProductRules.check(changes.appliedTo(current.get()));
        return product.isValid() ? store.update(id, product.value(), clock.instant()) : new Invalid(product.errors());
    }

    @Override
    public AddSizeResult addSize(long productId, String value) {
        return SizeChart.us(value)
                .<AddSizeResult>map(size -> store.addSize(productId, size, clock.instant()))
                .orElseGet(() -> new Invalid(Map.of("value", SizeChart.RULE)));
    }
}
