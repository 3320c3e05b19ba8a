package com.sneakers.marketplace.functions.httpapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.lifecycle.SnapStartPriming;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.cloud.function.context.catalog.FunctionTypeUtils;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;

/** Registers the HTTP API function without classpath scanning, for a short cold start. */
public class HttpApiApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    @Override
    public void initialize(GenericApplicationContext context) {
        HttpApi httpApi = HttpApiWiring.httpApi(Settings.fromEnvironment());
        SnapStartPriming.register(httpApi::prime);
        context.registerBean("httpApi", FunctionRegistration.class, () -> new FunctionRegistration<>(httpApi, "httpApi")
                .type(FunctionTypeUtils.functionType(
                        ResolvableType.forClassWithGenerics(Message.class, APIGatewayV2HTTPEvent.class)
                                .getType(),
                        APIGatewayV2HTTPResponse.class)));
    }
}
