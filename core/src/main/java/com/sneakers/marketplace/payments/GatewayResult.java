package com.sneakers.marketplace.payments;

import java.util.Optional;

/**
 * What Stripe answered to a call: the object, or a refusal the caller decides about. Failures of the
 * infrastructure are not results: they are thrown as {@link PaymentGatewayException}, so a queue
 * message that hit them is retried.
 */
public sealed interface GatewayResult<T>
        permits GatewayResult.Succeeded,
                GatewayResult.Declined,
                GatewayResult.Rejected,
                GatewayResult.IdempotencyConflict {

    /** Stripe did it. */
    record Succeeded<T>(T value) implements GatewayResult<T> {}

    /** The card was refused ({@code code} such as card_declined, {@code declineCode} when Stripe gives one). */
    record Declined<T>(String code, Optional<String> declineCode, String message) implements GatewayResult<T> {}

    /** Stripe refused the request itself (4xx): invalid parameters, unknown object, wrong state. */
    record Rejected<T>(int status, Optional<String> code, String message) implements GatewayResult<T> {}

    /** The idempotency key was used before with other parameters. */
    record IdempotencyConflict<T>(String message) implements GatewayResult<T> {}

    static <T> GatewayResult<T> succeeded(T value) {
        return new Succeeded<>(value);
    }

    default Optional<T> succeededValue() {
        if (this instanceof Succeeded<T> succeeded) {
            return Optional.of(succeeded.value());
        }
        return Optional.empty();
    }

    /** The object, or an {@link IllegalStateException} naming the refusal, for callers that expect success. */
    default T orElseThrow() {
        return succeededValue().orElseThrow(() -> new IllegalStateException("Stripe refused the call: " + this));
    }
}
