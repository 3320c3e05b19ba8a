package com.sneakers.marketplace.functions.httpapi;

import com.sneakers.marketplace.catalog.Catalog;
import com.sneakers.marketplace.catalog.adapter.CatalogModule;
import com.sneakers.marketplace.functions.wiring.FunctionRuntime;
import com.sneakers.marketplace.functions.wiring.Marketplace;
import com.sneakers.marketplace.identity.adapter.IdentityModule;
import com.sneakers.marketplace.orders.Orders;
import com.sneakers.marketplace.payments.Payments;
import com.sneakers.marketplace.payments.ledger.Ledger;
import com.sneakers.marketplace.payments.payouts.adapter.PayoutsModule;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.health.DependencyChecks;
import com.sneakers.marketplace.platform.health.HealthCheck;
import com.sneakers.marketplace.platform.http.Cors;
import com.sneakers.marketplace.platform.http.HttpPipeline;
import com.sneakers.marketplace.platform.http.Route;
import com.sneakers.marketplace.platform.http.Router;
import com.sneakers.marketplace.platform.idempotency.IdempotencyStore;
import com.sneakers.marketplace.platform.ratelimit.RateLimiter;
import com.sneakers.marketplace.reconciliation.MoneyReconciliation;
import com.sneakers.marketplace.trading.Trading;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Builds the HTTP API from its configuration: clients, domain services, routes and the pipeline. */
public final class HttpApiWiring {
    private static final Duration HEALTH_DEADLINE = Duration.ofSeconds(4);
    private static final Duration IDEMPOTENCY_EXPIRY = Duration.ofHours(1);

    private HttpApiWiring() {}

    public static HttpApi httpApi(Settings settings) {
        FunctionRuntime runtime = FunctionRuntime.from(settings);
        Clock clock = runtime.clock();
        DataSource database = runtime.database();
        var secretsManager = runtime.secretsManager();
        var dynamoDb = AwsClients.dynamoDb();
        var eventBridge = runtime.eventBridge();
        Marketplace marketplace = runtime.marketplace();

        IdentityModule identity = IdentityModule.create(settings, database, runtime.secrets(), dynamoDb, clock);
        Catalog catalog = CatalogModule.create(database, clock);
        HealthCheck healthCheck = healthCheck(settings, database, eventBridge, dynamoDb, secretsManager);
        List<Route> routes = routes(
                healthCheck,
                identity,
                catalog,
                marketplace.trading(),
                marketplace.orders(),
                marketplace.payments().payments(),
                marketplace.payouts(),
                () -> marketplace.payments().ledger(),
                marketplace::reconciliation);

        return new HttpApi(
                new HttpPipeline(
                        new Router(routes),
                        Cors.fromSetting(settings.orDefault("CORS_ALLOWED_ORIGINS", "*")),
                        new RateLimiter(
                                dynamoDb,
                                settings.required("RATE_LIMIT_TABLE"),
                                settings.intOrDefault("RATE_LIMIT_PER_MINUTE", 100),
                                clock),
                        IdentityEndpoints.verifier(identity),
                        new IdempotencyStore(
                                dynamoDb, settings.required("IDEMPOTENCY_TABLE"), IDEMPOTENCY_EXPIRY, clock),
                        clock),
                healthCheck);
    }

    /** Every route of the API; each is also in the OpenAPI document and in template.yaml. */
    static List<Route> routes(
            HealthCheck healthCheck,
            IdentityModule identity,
            Catalog catalog,
            Trading trading,
            Orders orders,
            Payments payments,
            PayoutsModule payouts,
            Supplier<Ledger> ledger,
            Supplier<MoneyReconciliation> reconciliation) {
        List<Route> routes = new ArrayList<>(HealthEndpoint.routes(healthCheck));
        routes.addAll(IdentityEndpoints.routes(identity));
        routes.addAll(CatalogEndpoints.routes(catalog, trading));
        routes.addAll(TradingEndpoints.routes(trading));
        routes.addAll(OrderEndpoints.routes(orders));
        routes.addAll(PaymentEndpoints.routes(payments));
        routes.addAll(PayoutEndpoints.routes(payouts));
        routes.addAll(MoneyEndpoints.routes(ledger, reconciliation));
        routes.addAll(DocsEndpoint.routes());
        return routes;
    }

    private static HealthCheck healthCheck(
            Settings settings,
            DataSource database,
            EventBridgeClient eventBridge,
            DynamoDbClient dynamoDb,
            SecretsManagerClient secretsManager) {
        return new HealthCheck(
                List.of(
                        DependencyChecks.database(database),
                        DependencyChecks.sqs(AwsClients.sqs(), List.of(settings.required("CREATE_ORDER_QUEUE_URL"))),
                        DependencyChecks.eventBridge(eventBridge, settings.required("EVENT_BUS_NAME")),
                        DependencyChecks.dynamoDb(
                                dynamoDb,
                                List.of(
                                        settings.required("IDEMPOTENCY_TABLE"),
                                        settings.required("RATE_LIMIT_TABLE"),
                                        settings.required("SESSIONS_TABLE"))),
                        DependencyChecks.secretsManager(
                                secretsManager,
                                List.of(settings.required("STRIPE_SECRET_ARN"), settings.required("JWT_SECRET_ARN"))),
                        DependencyChecks.httpEndpoint("stripe", URI.create(settings.required("STRIPE_API_BASE")))),
                HEALTH_DEADLINE);
    }
}
