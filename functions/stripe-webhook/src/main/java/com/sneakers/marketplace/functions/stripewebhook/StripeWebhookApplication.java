package com.sneakers.marketplace.functions.stripewebhook;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sneakers.marketplace.platform.config.Settings;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.cloud.function.context.catalog.FunctionTypeUtils;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;

/**
 * The module's two functions, registered without classpath scanning. Each deployed function picks
 * one with SPRING_CLOUD_FUNCTION_DEFINITION: {@code stripeWebhookReceiver} behind the HTTP route, and
 * the processor on the FIFO queue.
 */
public class StripeWebhookApplication implements ApplicationContextInitializer<GenericApplicationContext> {
    static final String RECEIVER = "stripeWebhookReceiver";

    @Override
    public void initialize(GenericApplicationContext context) {
        context.registerBean(RECEIVER, FunctionRegistration.class, () -> new FunctionRegistration<>(
                        StripeWebhookReceiver.wire(Settings.fromEnvironment()), RECEIVER)
                .type(FunctionTypeUtils.functionType(
                        ResolvableType.forClassWithGenerics(Message.class, APIGatewayV2HTTPEvent.class)
                                .getType(),
                        APIGatewayV2HTTPResponse.class)));
        // The processor ("stripeWebhookProcessor": SQSEvent in, SQSBatchResponse out) is registered
        // here too, by the payments processing work; the receiver does not depend on it.
    }
}
