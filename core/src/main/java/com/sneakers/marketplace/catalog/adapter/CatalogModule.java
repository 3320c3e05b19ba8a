package com.sneakers.marketplace.catalog.adapter;

import com.github.benmanes.caffeine.cache.Ticker;
import com.sneakers.marketplace.catalog.Catalog;
import com.sneakers.marketplace.catalog.CatalogService;
import java.time.Clock;
import javax.sql.DataSource;

/** The catalogue as a function uses it. */
public final class CatalogModule {
    private CatalogModule() {}

    /** The catalogue over the database, its reads kept in the container for five minutes. */
    public static Catalog create(DataSource dataSource, Clock clock) {
        return new CachingCatalog(new CatalogService(new JdbcCatalogStore(dataSource), clock), Ticker.systemTicker());
    }
}
