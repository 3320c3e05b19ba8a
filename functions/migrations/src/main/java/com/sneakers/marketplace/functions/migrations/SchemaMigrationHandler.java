package com.sneakers.marketplace.functions.migrations;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.db.DataSources;
import com.sneakers.marketplace.platform.db.DatabaseConfig;
import com.sneakers.marketplace.platform.db.Migrations;
import com.sneakers.marketplace.platform.secrets.SecretStore;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.cloudformation.AbstractCustomResourceHandler;
import software.amazon.lambda.powertools.cloudformation.Response;

/**
 * The stack's {@code SchemaMigration} custom resource: applies the Flyway migrations on every stack
 * create and update (Flyway skips what is applied already, so a repeated request changes nothing),
 * and reports a failing migration as FAILED with its reason so CloudFormation rolls the deployment
 * back. Deleting the stack leaves the schema and its data alone.
 */
public class SchemaMigrationHandler extends AbstractCustomResourceHandler {
    static final String PHYSICAL_RESOURCE_ID = "marketplace-schema";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrationHandler.class);
    /** CloudFormation accepts a response body of at most 4 KiB. */
    private static final int MAX_REASON_LENGTH = 1000;

    private final Supplier<DataSource> database;
    private final List<String> locations;

    public SchemaMigrationHandler() {
        this(
                () -> DataSources.pooled(
                        DatabaseConfig.from(Settings.fromEnvironment(), new SecretStore(AwsClients.secretsManager()))),
                Migrations.LOCATIONS);
    }

    /** @param database made for each request and closed after it (when closeable) */
    SchemaMigrationHandler(Supplier<DataSource> database, List<String> locations) {
        this.database = database;
        this.locations = locations;
    }

    @Override
    protected Response create(CloudFormationCustomResourceEvent event, Context context) {
        return migrate();
    }

    @Override
    protected Response update(CloudFormationCustomResourceEvent event, Context context) {
        return migrate();
    }

    @Override
    protected Response delete(CloudFormationCustomResourceEvent event, Context context) {
        return Response.success(PHYSICAL_RESOURCE_ID);
    }

    private Response migrate() {
        DataSource dataSource = null;
        try {
            dataSource = database.get();
            int applied = Migrations.apply(dataSource, locations);
            LOG.info("Schema up to date: {} migration(s) applied now", applied);
            return Response.builder()
                    .physicalResourceId(PHYSICAL_RESOURCE_ID)
                    .value(Map.of("MigrationsApplied", applied))
                    .build();
        } catch (RuntimeException e) {
            LOG.error("Schema migration failed", e);
            return Response.builder()
                    .status(Response.Status.FAILED)
                    .physicalResourceId(PHYSICAL_RESOURCE_ID)
                    .reason(reason(e))
                    .build();
        } finally {
            close(dataSource);
        }
    }

    private static String reason(RuntimeException e) {
        String reason = "Schema migration failed: " + e.getMessage();
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH);
    }

    private static void close(DataSource dataSource) {
        if (dataSource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("Could not close the migration's connection pool", e);
            }
        }
    }
}
