package com.sneakers.marketplace.functions.httpapi;

import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.config.Lazy;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.db.DataSources;
import com.sneakers.marketplace.platform.db.DatabaseConfig;
import com.sneakers.marketplace.platform.health.DependencyChecks;
import com.sneakers.marketplace.platform.health.HealthCheck;
import com.sneakers.marketplace.platform.secrets.SecretStore;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** What the HTTP API depends on, as named by its configuration. */
final class HttpApiHealth {
    private static final Duration DEADLINE = Duration.ofSeconds(4);

    private HttpApiHealth() {}

    static HealthCheck checkFor(Settings settings) {
        var secretsManager = AwsClients.secretsManager();
        Supplier<DataSource> dataSource =
                Lazy.of(() -> DataSources.pooled(DatabaseConfig.from(settings, new SecretStore(secretsManager))));
        return new HealthCheck(
                List.of(
                        DependencyChecks.database(dataSource),
                        DependencyChecks.sqs(AwsClients.sqs(), List.of(settings.required("CREATE_ORDER_QUEUE_URL"))),
                        DependencyChecks.eventBridge(AwsClients.eventBridge(), settings.required("EVENT_BUS_NAME")),
                        DependencyChecks.dynamoDb(
                                AwsClients.dynamoDb(),
                                List.of(
                                        settings.required("IDEMPOTENCY_TABLE"),
                                        settings.required("RATE_LIMIT_TABLE"),
                                        settings.required("SESSIONS_TABLE"))),
                        DependencyChecks.secretsManager(
                                secretsManager,
                                List.of(settings.required("STRIPE_SECRET_ARN"), settings.required("JWT_SECRET_ARN"))),
                        DependencyChecks.httpEndpoint("stripe", URI.create(settings.required("STRIPE_API_BASE")))),
                DEADLINE);
    }
}
