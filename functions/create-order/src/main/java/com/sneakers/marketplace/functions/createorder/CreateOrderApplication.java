package com.sneakers.marketplace.functions.createorder;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.sneakers.marketplace.functions.wiring.FunctionRuntime;
import com.sneakers.marketplace.platform.health.DependencyChecks;
import com.sneakers.marketplace.platform.lifecycle.PrimingReads;
import com.sneakers.marketplace.platform.lifecycle.SnapStartPriming;
import java.util.List;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.cloud.function.context.catalog.FunctionTypeUtils;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/** Registers the create-order function without classpath scanning, for a short cold start. */
public class CreateOrderApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    @Override
    public void initialize(GenericApplicationContext context) {
        FunctionRuntime runtime = FunctionRuntime.fromEnvironment();
        SnapStartPriming.register(new PrimingReads(List.of(DependencyChecks.database(runtime.database()))));
        CreateOrder createOrder = new CreateOrder(runtime.marketplace().orders());
        context.registerBean(
                "createOrder", FunctionRegistration.class, () -> new FunctionRegistration<>(createOrder, "createOrder")
                        .type(FunctionTypeUtils.functionType(SQSEvent.class, SQSBatchResponse.class)));
    }
}
