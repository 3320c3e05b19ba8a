package com.sneakers.marketplace.functions.wiring;

import com.sneakers.marketplace.payments.PaymentGateway;
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

/**
 * What every function that writes builds first, in one place: its settings, clock, secrets, a lazily
 * pooled database, the bus ({@code EVENT_BUS_NAME}), an outbox that publishes there right after each
 * commit, the Stripe gateway (asked for its key on first use), and the contexts wired over all of it.
 * Nothing here calls AWS or Stripe until it is used, so wiring and SnapStart priming stay offline.
 */
public final class FunctionRuntime {
    private final Settings settings;
    private final Clock clock;
    private final SecretStore secrets;
    private final DataSource database;
    private final EventBridgeClient eventBridge;
    private final EventBridgePublisher publisher;
    private final Outbox outbox;
    private final PaymentGateway stripe;
    private final Marketplace marketplace;

    private FunctionRuntime(Settings settings, Clock systemClock) {
        this.settings = settings;
        this.clock = ShiftableClock.fromSettings(systemClock, settings);
        this.secrets = new SecretStore(AwsClients.secretsManager());
        this.database = DataSources.lazyPooled(() -> DatabaseConfig.from(settings, secrets));
        this.eventBridge = AwsClients.eventBridge();
        this.publisher = new EventBridgePublisher(eventBridge, busName());
        this.outbox = Outbox.publishingAfterCommit(database, publisher, clock);
        this.stripe = StripePaymentGateway.lazilyFromSettings(settings, secrets);
        this.marketplace = new Marketplace(settings, database, outbox, stripe, clock);
    }

    /** {@code systemClock} is the function's one wall clock (shifted locally by {@code LOCAL_CLOCK_FILE}). */
    public static FunctionRuntime fromEnvironment(Clock systemClock) {
        return from(Settings.fromEnvironment(), systemClock);
    }

    public static FunctionRuntime from(Settings settings, Clock systemClock) {
        return new FunctionRuntime(settings, systemClock);
    }

    public Settings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
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
        return settings.required("EVENT_BUS_NAME");
    }

    /** The bus itself, for the sweeper's relay of what publishing after commit missed. */
    public EventBridgePublisher publisher() {
        return publisher;
    }

    public Outbox outbox() {
        return outbox;
    }

    public PaymentGateway stripe() {
        return stripe;
    }

    public Marketplace marketplace() {
        return marketplace;
    }
}
