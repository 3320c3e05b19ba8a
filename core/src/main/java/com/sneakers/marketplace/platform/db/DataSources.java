package com.sneakers.marketplace.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;

/** Connection pools sized for Lambda behind RDS Proxy: small, short-lived, no session state. */
public final class DataSources {
    private DataSources() {}

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
