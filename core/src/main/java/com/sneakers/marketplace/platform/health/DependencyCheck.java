package com.sneakers.marketplace.platform.health;

/** One live check of something the function depends on; throws when the dependency is not usable. */
public interface DependencyCheck {
    String name();

    void verify() throws Exception;

    static DependencyCheck of(String name, Verification verification) {
        return new DependencyCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void verify() throws Exception {
                verification.run();
            }
        };
    }

    @FunctionalInterface
    interface Verification {
        void run() throws Exception;
    }
}
