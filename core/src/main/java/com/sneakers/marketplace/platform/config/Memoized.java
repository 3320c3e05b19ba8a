package com.sneakers.marketplace.platform.config;

import java.util.function.Supplier;

/** A value made on first use and kept: for what needs a secret, read after SnapStart restores, not before. */
public final class Memoized<T> implements Supplier<T> {
    private final Supplier<T> maker;
    private volatile T value;

    private Memoized(Supplier<T> maker) {
        this.maker = maker;
    }

    public static <T> Supplier<T> of(Supplier<T> maker) {
        return new Memoized<>(maker);
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = maker.get();
                    value = current;
                }
            }
        }
        return current;
    }
}
