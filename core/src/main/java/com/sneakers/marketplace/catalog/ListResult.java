package com.sneakers.marketplace.catalog;

import com.sneakers.marketplace.platform.paging.Page;

/** The outcome of listing or searching products. */
public sealed interface ListResult permits ListResult.Listed, Invalid {

    record Listed(Page<Product> page) implements ListResult {}
}
