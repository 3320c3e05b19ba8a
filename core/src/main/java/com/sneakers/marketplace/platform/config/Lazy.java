package com.sneakers.marketplace.platform.config;

import java.util.function.Supplier;

/** A value made on first use and kept, for clients and pools a function may never need. */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private T value;

    private Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    public static <T> Lazy<T> of(Supplier<T> factory) {
        return new Lazy<>(factory);
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = factory.get();
        }
        return value;
    }
}
