package com.sneakers.marketplace.functions.stripewebhook;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.sneakers.marketplace.functions.wiring.FunctionRuntime;
import com.sneakers.marketplace.functions.wiring.Marketplace;
import com.sneakers.marketplace.payments.adapter.StripeEventDispatcher;
import com.sneakers.marketplace.payments.adapter.StripeEventHandler;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.health.DependencyChecks;
import com.sneakers.marketplace.platform.lifecycle.PrimingReads;
import com.sneakers.marketplace.platform.lifecycle.SnapStartPriming;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
        FunctionRuntime runtime = FunctionRuntime.from(settings);
        SnapStartPriming.register(new PrimingReads(List.of(DependencyChecks.database(runtime.database()))));
        Function<SQSEvent, SQSBatchResponse> processor = wireProcessor(runtime);
        context.registerBean(
                PROCESSOR, FunctionRegistration.class, () -> new FunctionRegistration<>(processor, PROCESSOR)
                        .type(FunctionTypeUtils.functionType(SQSEvent.class, SQSBatchResponse.class)));
    }

    static StripeWebhookProcessor wireProcessor(FunctionRuntime runtime) {
        Marketplace marketplace = runtime.marketplace();
        List<StripeEventHandler> handlers =
                new ArrayList<>(marketplace.payments().eventHandlers());
        handlers.addAll(marketplace.payouts().webhookHandlers());
        return new StripeWebhookProcessor(new StripeEventDispatcher(runtime.database(), handlers));
    }
}
