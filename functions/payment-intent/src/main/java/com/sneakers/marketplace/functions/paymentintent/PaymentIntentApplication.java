package com.sneakers.marketplace.functions.paymentintent;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.sneakers.marketplace.payments.adapter.PaymentsModule;
import com.sneakers.marketplace.payments.adapter.StripePaymentGateway;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.db.DataSources;
import com.sneakers.marketplace.platform.db.DatabaseConfig;
import com.sneakers.marketplace.platform.health.DependencyChecks;
import com.sneakers.marketplace.platform.lifecycle.PrimingReads;
import com.sneakers.marketplace.platform.lifecycle.SnapStartPriming;
import com.sneakers.marketplace.platform.outbox.EventBridgePublisher;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxRelay;
import com.sneakers.marketplace.platform.secrets.SecretStore;
import com.sneakers.marketplace.platform.time.ShiftableClock;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.cloud.function.context.catalog.FunctionTypeUtils;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/** Registers the payment-intent function without classpath scanning, for a short cold start. */
public class PaymentIntentApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    @Override
    public void initialize(GenericApplicationContext context) {
        Settings settings = Settings.fromEnvironment();
        Clock clock = ShiftableClock.fromSettings(Clock.systemUTC(), settings);
        SecretStore secrets = new SecretStore(AwsClients.secretsManager());
        DataSource database = DataSources.lazyPooled(() -> DatabaseConfig.from(settings, secrets));
        SnapStartPriming.register(new PrimingReads(List.of(DependencyChecks.database(database))));
        PaymentIntentConsumer consumer = wire(settings, secrets, database, clock);
        context.registerBean(
                "paymentIntent", FunctionRegistration.class, () -> new FunctionRegistration<>(consumer, "paymentIntent")
                        .type(FunctionTypeUtils.functionType(SQSEvent.class, SQSBatchResponse.class)));
    }

    static PaymentIntentConsumer wire(Settings settings, SecretStore secrets, DataSource database, Clock clock) {
        OutboxRelay events = new OutboxRelay(
                database,
                new Outbox(),
                new EventBridgePublisher(AwsClients.eventBridge(), settings.required("EVENT_BUS_NAME")),
                clock);
        return new PaymentIntentConsumer(PaymentsModule.create(
                database, StripePaymentGateway.lazilyFromSettings(settings, secrets), events, clock));
    }
}
