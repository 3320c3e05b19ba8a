package com.sneakers.marketplace.functions.wiring;

import com.sneakers.marketplace.payments.adapter.StripePaymentGateway;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.db.DataSources;
import com.sneakers.marketplace.platform.db.DatabaseConfig;
import com.sneakers.marketplace.platform.outbox.EventBridgePublisher;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.secrets.SecretStore;
import com.sneakers.marketplace.platform.time.ShiftableClock;
import java.time.Clock;
import javax.sql.DataSource;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * What every function that writes builds first, in one place: its settings, clock, secrets, a lazily
 * pooled database, the bus ({@code EVENT_BUS_NAME}), an outbox that publishes there right after each
 * commit, the Stripe gateway (asked for its key on first use), and the contexts wired over all of it.
 * Nothing here calls AWS or Stripe until it is used, so wiring and SnapStart priming stay offline.
 */
public final class FunctionRuntime {
    private final Clock clock;
    private final SecretsManagerClient secretsManager;
    private final SecretStore secrets;
    private final DataSource database;
    private final EventBridgeClient eventBridge;
    private final String busName;
    private final EventBridgePublisher publisher;
    private final Marketplace marketplace;

    private FunctionRuntime(Settings settings) {
        this.clock = ShiftableClock.fromSettings(Clock.systemUTC(), settings);
        this.secretsManager = AwsClients.secretsManager();
        this.secrets = new SecretStore(secretsManager);
        this.database = DataSources.lazyPooled(() -> DatabaseConfig.from(settings, secrets));
        this.eventBridge = AwsClients.eventBridge();
        this.busName = settings.required("EVENT_BUS_NAME");
        this.publisher = new EventBridgePublisher(eventBridge, busName);
        this.marketplace = new Marketplace(
                settings,
                database,
                Outbox.publishingAfterCommit(database, publisher, clock),
                StripePaymentGateway.lazilyFromSettings(settings, secrets),
                clock);
    }

    public static FunctionRuntime fromEnvironment() {
        return from(Settings.fromEnvironment());
    }

    public static FunctionRuntime from(Settings settings) {
        return new FunctionRuntime(settings);
    }

    /** The function's one clock: the wall clock, shifted locally by {@code LOCAL_CLOCK_FILE}. */
    public Clock clock() {
        return clock;
    }

    public SecretsManagerClient secretsManager() {
        return secretsManager;
    }

    public SecretStore secrets() {
        return secrets;
    }

    public DataSource database() {
        return database;
    }

    public EventBridgeClient eventBridge() {
        return eventBridge;
    }

    public String busName() {
        return busName;
    }

    /** The bus itself, for the sweeper's relay of what publishing after commit missed. */
    public EventBridgePublisher publisher() {
        return publisher;
    }

    public Marketplace marketplace() {
        return marketplace;
    }
}
