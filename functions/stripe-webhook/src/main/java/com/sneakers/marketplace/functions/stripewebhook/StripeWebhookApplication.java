package com.sneakers.marketplace.functions.stripewebhook;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.adapter.PaymentsModule;
import com.sneakers.marketplace.payments.adapter.StripeEventHandler;
import com.sneakers.marketplace.payments.adapter.StripePaymentGateway;
import com.sneakers.marketplace.payments.payouts.adapter.PayoutsModule;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.cloud.function.context.catalog.FunctionTypeUtils;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;

/**
 * The module's two functions, registered without classpath scanning. Each deployed function picks
 * one with SPRING_CLOUD_FUNCTION_DEFINITION: {@code stripeWebhookReceiver} behind the HTTP route, and
 * {@code stripeWebhookProcessor} on the FIFO queue. Only the selected one is wired, so the receiver
 * needs neither the database nor the event bus.
 */
public class StripeWebhookApplication implements ApplicationContextInitializer<GenericApplicationContext> {
    static final String RECEIVER = "stripeWebhookReceiver";
    static final String PROCESSOR = "stripeWebhookProcessor";
    private static final String DEFINITION = "SPRING_CLOUD_FUNCTION_DEFINITION";

    @Override
    public void initialize(GenericApplicationContext context) {
        Settings settings = Settings.fromEnvironment();
        if (PROCESSOR.equals(settings.optional(DEFINITION).orElse(""))) {
            registerProcessor(context, settings);
            return;
        }
        context.registerBean(RECEIVER, FunctionRegistration.class, () -> new FunctionRegistration<>(
                        StripeWebhookReceiver.wire(settings), RECEIVER)
                .type(FunctionTypeUtils.functionType(
                        ResolvableType.forClassWithGenerics(Message.class, APIGatewayV2HTTPEvent.class)
                                .getType(),
                        APIGatewayV2HTTPResponse.class)));
    }

    private static void registerProcessor(GenericApplicationContext context, Settings settings) {
        Clock clock = ShiftableClock.fromSettings(Clock.systemUTC(), settings);
        SecretStore secrets = new SecretStore(AwsClients.secretsManager());
        DataSource database = DataSources.lazyPooled(() -> DatabaseConfig.from(settings, secrets));
        SnapStartPriming.register(new PrimingReads(List.of(DependencyChecks.database(database))));
        Function<SQSEvent, SQSBatchResponse> processor = wireProcessor(settings, secrets, database, clock);
        context.registerBean(
                PROCESSOR, FunctionRegistration.class, () -> new FunctionRegistration<>(processor, PROCESSOR)
                        .type(FunctionTypeUtils.functionType(SQSEvent.class, SQSBatchResponse.class)));
    }

    static StripeWebhookProcessor wireProcessor(
            Settings settings, SecretStore secrets, DataSource database, Clock clock) {
        PaymentGateway gateway = StripePaymentGateway.lazilyFromSettings(settings, secrets);
        List<StripeEventHandler> handlers = new ArrayList<>(PaymentsModule.eventHandlers(database, gateway, clock));
        handlers.addAll(
                PayoutsModule.create(settings, database, () -> gateway, clock).webhookHandlers());
        OutboxRelay events = new OutboxRelay(
                database,
                new Outbox(),
                new EventBridgePublisher(AwsClients.eventBridge(), settings.required("EVENT_BUS_NAME")),
                clock);
        return new StripeWebhookProcessor(database, handlers, events);
    }
}
