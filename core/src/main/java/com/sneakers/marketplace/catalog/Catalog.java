package com.sneakers.marketplace.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue: products with their images and sizes, browsing, search and the admin writes.
 * Refusals are results, never exceptions; an exception means a bug or a broken database.
 */
public interface Catalog {

    /** A page of products, filtered and sorted as asked. */
    ListResult list(ListQuery query);

    /** A page of the products matching every word of the query, best match first. */
    ListResult search(SearchQuery query);

    /** The product with its images and sizes; empty when there is none with this id. */
    Optional<Product> product(long id);

    /** The product's sizes, smallest first; empty when there is no such product. */
    Optional<List<Size>> sizes(long productId);

    CreateResult create(ProductDraft draft);

    /** Changes the fields the draft carries; a field left null keeps its value. */
    UpdateResult update(long id, ProductDraft changes);

    /** Adds a US size such as {@code "10.5"} to the product. */
    AddSizeResult addSize(long productId, String value);
}
