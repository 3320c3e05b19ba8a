package com.sneakers.marketplace.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.function.Supplier;

/** Connection pools sized for Lambda behind RDS Proxy: small, short-lived, no session state. */
public final class DataSources {
    private DataSources() {}

    /**
     * The pool a function uses: opened on the first query, closed before a SnapStart snapshot and
     * reopened after restore; the configuration (credentials) is read each time it opens.
     */
    public static LazyDataSource lazyPooled(Supplier<DatabaseConfig> config) {
        return new LazyDataSource(() -> pooled(config.get()));
    }

    public static HikariDataSource pooled(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.username());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setMinimumIdle(0);
        hikari.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        hikari.setIdleTimeout(Duration.ofMinutes(1).toMillis());
        hikari.setMaxLifetime(Duration.ofMinutes(10).toMillis());
        hikari.setPoolName("marketplace");
        return new HikariDataSource(hikari);
    }
}
