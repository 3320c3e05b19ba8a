package com.sneakers.marketplace.local.api;

import com.sneakers.marketplace.local.LocalConfig;
import com.sneakers.marketplace.local.LocalRuntime;
import com.sneakers.marketplace.local.TestStacks;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * One local marketplace for all API tests in this JVM: embedded Postgres, template.yaml provisioned
 * under a unique stack name, the packaged functions behind the local gateway.
 */
final class Marketplace {
    static final String ADMIN_EMAIL = "admin@sneakers.test";
    static final String ADMIN_PASSWORD = "admin-password-1";
    private static LocalRuntime runtime;

    private Marketplace() {}

    static synchronized LocalRuntime runtime() {
        if (runtime == null) {
            runtime = start("api");
            Runtime.getRuntime().addShutdownHook(new Thread(runtime::close));
        }
        return runtime;
    }

    /** A marketplace of its own, for tests that must not share its clock or data; the caller closes it. */
    static LocalRuntime start(String name) {
        return start(name, Map.of());
    }

    /** A marketplace of its own whose environment also has {@code settings}; the caller closes it. */
    static LocalRuntime start(String name, Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("TEMPLATE", TestStacks.MARKETPLACE_TEMPLATE.toString());
        env.put("STACK_NAME", TestStacks.uniqueName("it-" + name));
        env.put("PORT", "0");
        env.put("LOCAL_WORK_DIR", "target/local-runtime-" + name);
        env.put("LAMBDA_RUNTIME_DIR", "target/lambda-runtime");
        env.put("PARAM_RateLimitPerMinute", "100000");
        env.put("ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.remove("DATABASE_URL");
        env.putAll(settings);
        try {
            return LocalRuntime.start(LocalConfig.fromEnvironment(env), Clock.systemUTC());
        } catch (Exception e) {
            throw new IllegalStateException("The local marketplace did not start", e);
        }
    }
}
