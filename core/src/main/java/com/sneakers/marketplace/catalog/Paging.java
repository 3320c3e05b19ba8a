package com.sneakers.marketplace.catalog;

import java.util.List;

/** Which page of a list to show: pages count from 1. */
public record Paging(int page, int pageSize) {

    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    public <T> Page<T> of(List<T> items, long total) {
        return new Page<>(items, page, pageSize, total);
    }
}
