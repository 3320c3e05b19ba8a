package com.sneakers.marketplace.platform.db;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The schema: the Flyway migrations in {@code db/migration}. */
public final class Migrations {
    /** Where the schema's migrations are. */
    public static final List<String> LOCATIONS = List.of("classpath:db/migration");

    private Migrations() {}

    /** Brings the schema up to date; returns the number of migrations applied now. */
    public static int apply(DataSource dataSource) {
        return apply(dataSource, LOCATIONS);
    }

    /** Brings the schema up to date from the given Flyway locations; returns the number applied now. */
    public static int apply(DataSource dataSource, List<String> locations) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
