package com.sneakers.marketplace.catalog.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.catalog.CreateResult;
import com.sneakers.marketplace.catalog.ListResult;
import com.sneakers.marketplace.catalog.Product;
import com.sneakers.marketplace.platform.paging.Page;

/** Unwraps the results a test expects to succeed, failing the test with the refusal otherwise. */
final class Results {
    private Results() {}

    static Page<Product> listed(ListResult result) {
        assertThat(result).isInstanceOf(ListResult.Listed.class);
        return ((ListResult.Listed) result).page();
    }

    static Product created(CreateResult result) {
        assertThat(result).isInstanceOf(CreateResult.Created.class);
        return ((CreateResult.Created) result).product();
    }
}
