package com.sneakers.marketplace.functions.payout;

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

/** Registers the payout function without classpath scanning, for a short cold start. */
public class PayoutApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    @Override
    public void initialize(GenericApplicationContext context) {
        FunctionRuntime runtime = FunctionRuntime.fromEnvironment();
        SnapStartPriming.register(new PrimingReads(List.of(DependencyChecks.database(runtime.database()))));
        Payout payout = new Payout(runtime.marketplace().payouts().payouts());
        context.registerBean("payout", FunctionRegistration.class, () -> new FunctionRegistration<>(payout, "payout")
                .type(FunctionTypeUtils.functionType(SQSEvent.class, SQSBatchResponse.class)));
    }
}
