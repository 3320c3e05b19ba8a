package com.sneakers.marketplace.functions.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.json.Json;
import com.sneakers.marketplace.platform.lifecycle.SnapStartPriming;
import com.sneakers.marketplace.testing.DatabaseConnections;
import com.sneakers.marketplace.testing.TestDatabase;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.common.BaseDataSource;

/** The HTTP API's SnapStart hook, called as Lambda calls it, against Postgres and the emulators. */
class HttpApiPrimingIT {
    private final DataSource admin = TestDatabase.migrated();

    @Test
    void primingWarmsUpThroughTheDatabaseAndTheSnapshotHoldsNoConnection() throws Exception {
        HttpApi httpApi = HttpApiWiring.httpApi(settings());
        SnapStartPriming priming = SnapStartPriming.register(httpApi::prime);

        httpApi.prime();
        assertThat(DatabaseConnections.open(admin))
                .as("the warm-up's pooled connection")
                .isPositive();
        priming.beforeCheckpoint(null);

        assertThat(DatabaseConnections.openAfterClosing(admin)).isZero();
    }

    private Settings settings() {
        BaseDataSource postgres = (BaseDataSource) admin;
        String databaseSecret = AwsClients.secretsManager()
                .createSecret(request -> request.name("priming-it/" + UUID.randomUUID())
                        .secretString(Json.write(Map.of(
                                "username",
                                postgres.getUser(),
                                "password",
                                Optional.ofNullable(postgres.getPassword()).orElse("")))))
                .arn();
        return new Settings(Map.of(
                "DATABASE_URL",
                postgres.getUrl(),
                "DATABASE_SECRET_ARN",
                databaseSecret,
                "EVENT_BUS_NAME",
                "priming-it",
                "CREATE_ORDER_QUEUE_URL",
                "http://127.0.0.1:4566/000000000000/priming-it",
                "IDEMPOTENCY_TABLE",
                "priming-it-idempotency",
                "RATE_LIMIT_TABLE",
                "priming-it-rate-limits",
                "SESSIONS_TABLE",
                "priming-it-sessions",
                "STRIPE_SECRET_ARN",
                databaseSecret,
                "JWT_SECRET_ARN",
                databaseSecret,
                "STRIPE_API_BASE",
                Optional.ofNullable(System.getenv("STRIPE_API_BASE")).orElse("http://127.0.0.1:8420")));
    }
}
