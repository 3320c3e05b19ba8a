package com.sneakers.marketplace.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the local runtime is set up: all from environment variables, with working defaults. The
 * functions' Stripe API base is the runtime's own {@code StripeFront} (on {@code STRIPE_FRONT_PORT},
 * any free port by default) in front of localstripe ({@code LOCALSTRIPE_BASE}) and stripe-mock
 * ({@code STRIPE_MOCK_BASE}). A function behind the HTTP API runs up to {@code LOCAL_API_CONCURRENCY}
 * invocations at once in as many environments (default 1: one request after another).
 */
public record LocalConfig(
        Path template,
        String stackName,
        String host,
        int port,
        Optional<String> databaseUrl,
        String databaseUser,
        String databasePassword,
        URI localstripeBase,
        URI stripeMockBase,
        int stripeFrontPort,
        String region,
        Path workDir,
        Path lambdaRuntimeDir,
        Map<String, String> awsEnvironment,
        Map<String, String> parameterOverrides,
        Map<String, String> admin,
        int apiConcurrency) {

    /** {@code PARAM_RateLimitPerMinute=1000} sets the template parameter {@code RateLimitPerMinute}. */
    private static final String PARAMETER_PREFIX = "PARAM_";

    /** The standard AWS variables that the functions inherit: region, credentials, emulator endpoints. */
    private static final List<String> AWS_VARIABLES = List.of(
            "AWS_REGION",
            "AWS_DEFAULT_REGION",
            "AWS_ACCESS_KEY_ID",
            "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN",
            "AWS_ENDPOINT_URL",
            "AWS_ENDPOINT_URL_DYNAMODB",
            "AWS_ENDPOINT_URL_SQS",
            "AWS_ENDPOINT_URL_EVENTBRIDGE",
            "AWS_ENDPOINT_URL_SECRETS_MANAGER");

    public static LocalConfig fromEnvironment(Map<String, String> env) {
        String region = env.getOrDefault("AWS_REGION", "us-east-1");
        Map<String, String> aws = new LinkedHashMap<>();
        AWS_VARIABLES.forEach(name -> Optional.ofNullable(env.get(name)).ifPresent(value -> aws.put(name, value)));
        aws.putIfAbsent("AWS_REGION", region);
        aws.putIfAbsent("AWS_DEFAULT_REGION", region);
        return new LocalConfig(
                Path.of(env.getOrDefault("TEMPLATE", "template.yaml"))
                        .toAbsolutePath()
                        .normalize(),
                env.getOrDefault("STACK_NAME", "sneakers-local"),
                env.getOrDefault("HOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("PORT", "3000")),
                Optional.ofNullable(env.get("DATABASE_URL")).filter(url -> !url.isBlank()),
                env.getOrDefault("DATABASE_USER", "postgres"),
                env.getOrDefault("DATABASE_PASSWORD", "postgres"),
                URI.create(env.getOrDefault(
                        "LOCALSTRIPE_BASE", "http://127.0.0.1:" + env.getOrDefault("LOCALSTRIPE_PORT", "8420"))),
                URI.create(env.getOrDefault(
                        "STRIPE_MOCK_BASE", "http://127.0.0.1:" + env.getOrDefault("STRIPE_MOCK_PORT", "12111"))),
                Integer.parseInt(env.getOrDefault("STRIPE_FRONT_PORT", "0")),
                region,
                Path.of(env.getOrDefault("LOCAL_WORK_DIR", ".run/local")).toAbsolutePath(),
                Path.of(env.getOrDefault("LAMBDA_RUNTIME_DIR", "local/target/lambda-runtime"))
                        .toAbsolutePath(),
                Map.copyOf(aws),
                parameterOverrides(env),
                withPrefix(env, "ADMIN_"),
                Integer.parseInt(env.getOrDefault("LOCAL_API_CONCURRENCY", "1")));
    }

    private static Map<String, String> withPrefix(Map<String, String> env, String prefix) {
        Map<String, String> matching = new LinkedHashMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                matching.put(name, value);
            }
        });
        return Map.copyOf(matching);
    }

    private static Map<String, String> parameterOverrides(Map<String, String> env) {
        Map<String, String> overrides = new LinkedHashMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(PARAMETER_PREFIX)) {
                overrides.put(name.substring(PARAMETER_PREFIX.length()), value);
            }
        });
        return Map.copyOf(overrides);
    }
}
