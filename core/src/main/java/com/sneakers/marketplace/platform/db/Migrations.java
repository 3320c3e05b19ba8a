package com.sneakers.marketplace.platform.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The schema: the Flyway migrations in {@code db/migration}. */
public final class Migrations {
    private Migrations() {}

    /** Brings the schema up to date; returns the number of migrations applied now. */
    public static int apply(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
