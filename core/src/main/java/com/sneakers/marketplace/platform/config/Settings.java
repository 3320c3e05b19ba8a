package com.sneakers.marketplace.platform.config;

import java.util.Map;
import java.util.Optional;

/** A function's configuration: the environment variables its template gives it. */
public final class Settings {
    private final Map<String, String> values;

    public Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Settings fromEnvironment() {
        return new Settings(System.getenv());
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isBlank());
    }

    public String required(String name) {
        return optional(name)
                .orElseThrow(() -> new IllegalStateException("Missing required configuration variable " + name));
    }

    public String orDefault(String name, String defaultValue) {
        return optional(name).orElse(defaultValue);
    }

    public int intOrDefault(String name, int defaultValue) {
        return optional(name).map(Integer::parseInt).orElse(defaultValue);
    }
}
