package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.payments.GatewayResult;
import com.sneakers.marketplace.payments.PaymentGatewayCredentialsRefused;
import com.sneakers.marketplace.payments.PaymentGatewayUnavailable;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import java.util.Optional;

/** Stripe's errors sorted into refusals (results) and infrastructure failures (thrown). */
final class StripeErrors {
    private StripeErrors() {}

    static <T> GatewayResult<T> toResult(StripeException error) {
        if (error instanceof CardException card) {
            return new GatewayResult.Declined<>(
                    Optional.ofNullable(card.getCode()).orElse("card_declined"),
                    Optional.ofNullable(card.getDeclineCode()),
                    message(error));
        }
        if (error instanceof IdempotencyException) {
            return new GatewayResult.IdempotencyConflict<>(message(error));
        }
        if (error instanceof AuthenticationException || error instanceof PermissionException) {
            throw new PaymentGatewayCredentialsRefused("Stripe refused the API key: " + message(error), error);
        }
        Integer status = error.getStatusCode();
        if (error instanceof ApiConnectionException
                || error instanceof RateLimitException
                || status == null
                || status >= 500
                || status == 429) {
            throw new PaymentGatewayUnavailable("Stripe is unavailable: " + message(error), error);
        }
        return new GatewayResult.Rejected<>(status, Optional.ofNullable(error.getCode()), message(error));
    }

    /** The message of Stripe's error object; getMessage() appends the code and request id to it. */
    private static String message(StripeException error) {
        if (error.getStripeError() != null && error.getStripeError().getMessage() != null) {
            return error.getStripeError().getMessage();
        }
        return String.valueOf(error.getMessage());
    }
}
