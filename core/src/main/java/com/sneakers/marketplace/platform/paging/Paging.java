package com.sneakers.marketplace.platform.paging;

/** Which page of a list to show: pages count from 1 and hold from 1 to {@value #MAX_PAGE_SIZE} items. */
public record Paging(int page, int pageSize) {
    public static final int MAX_PAGE_SIZE = 100;

    public Paging {
        if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + " of size " + pageSize + " is out of range");
        }
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
