package com.sneakers.marketplace.local;

import com.sneakers.marketplace.identity.BootstrapAdminResult;
import com.sneakers.marketplace.identity.ValidationFailed;
import com.sneakers.marketplace.identity.adapter.IdentityModule;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.db.DataSources;
import com.sneakers.marketplace.platform.db.DatabaseConfig;
import com.sneakers.marketplace.platform.secrets.SecretStore;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the marketplace's administrator, or promotes an existing account — the only way to get the
 * admin role (the public API never grants it). Idempotent. Reads {@code ADMIN_EMAIL},
 * {@code ADMIN_PASSWORD} and optionally {@code ADMIN_FIRST_NAME} / {@code ADMIN_LAST_NAME}, plus the
 * functions' own {@code DATABASE_URL}, {@code DATABASE_SECRET_ARN}, {@code SESSIONS_TABLE},
 * {@code JWT_SECRET_ARN}.
 */
public final class AdminBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private AdminBootstrap() {}

    public static void main(String[] args) {
        Settings settings = Settings.fromEnvironment();
        DataSource database =
                DataSources.pooled(DatabaseConfig.from(settings, new SecretStore(AwsClients.secretsManager())));
        if (!run(settings, database, Clock.systemUTC()).orElse(false)) {
            System.exit(1);
        }
    }

    /** @return empty when no admin is configured, else whether the admin now exists */
    static Optional<Boolean> run(Settings settings, DataSource database, Clock clock) {
        Optional<String> email = settings.optional("ADMIN_EMAIL");
        if (email.isEmpty()) {
            return Optional.empty();
        }
        BootstrapAdminResult result = IdentityModule.create(settings, database, clock)
                .accounts()
                .bootstrapAdmin(
                        email.get(),
                        settings.required("ADMIN_PASSWORD"),
                        settings.orDefault("ADMIN_FIRST_NAME", "Marketplace"),
                        settings.orDefault("ADMIN_LAST_NAME", "Admin"));
        if (result instanceof ValidationFailed invalid) {
            LOG.error("The administrator was not created: {}", invalid.errors());
            return Optional.of(false);
        }
        LOG.info("Administrator {}: {}", email.get(), result.getClass().getSimpleName());
        return Optional.of(true);
    }
}
