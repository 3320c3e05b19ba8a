package com.sneakers.marketplace.functions.sweeper;

import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.lifecycle.SnapStartPriming;
import java.util.Map;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.cloud.function.context.catalog.FunctionTypeUtils;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/** Registers the sweeper function without classpath scanning, for a short cold start. */
public class SweeperApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    @Override
    public void initialize(GenericApplicationContext context) {
        Sweeper sweeper = Sweeper.wire(Settings.fromEnvironment());
        SnapStartPriming.register(sweeper::prime);
        context.registerBean("sweeper", FunctionRegistration.class, () -> new FunctionRegistration<>(sweeper, "sweeper")
                .type(FunctionTypeUtils.functionType(Map.class, Map.class)));
    }
}
