package com.sneakers.marketplace.platform.paging;

import java.util.List;

/** One page of a longer list: {@code page} counts from 1, {@code total} counts the whole list. */
public record Page<T>(List<T> items, int page, int pageSize, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
