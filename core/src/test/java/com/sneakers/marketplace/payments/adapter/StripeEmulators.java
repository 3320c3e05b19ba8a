package com.sneakers.marketplace.payments.adapter;

import java.util.Optional;

/** Where the shared Stripe emulators listen ({@code localstack/env.sh}). */
final class StripeEmulators {
    static final String API_KEY = "sk_test_marketplace";

    private StripeEmulators() {}

    static String localstripe() {
        return Optional.ofNullable(System.getenv("STRIPE_API_BASE")).orElse("http://127.0.0.1:8420");
    }

    static String stripeMock() {
        return Optional.ofNullable(System.getenv("STRIPE_MOCK_BASE")).orElse("http://127.0.0.1:12111");
    }
}
