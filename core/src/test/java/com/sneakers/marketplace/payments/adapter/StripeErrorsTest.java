package com.sneakers.marketplace.payments.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sneakers.marketplace.payments.GatewayResult;
import com.sneakers.marketplace.payments.PaymentGatewayCredentialsRefused;
import com.sneakers.marketplace.payments.PaymentGatewayUnavailable;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.StripeError;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The emulators cannot produce every Stripe error (neither keeps idempotency keys), so the sorting is checked here. */
class StripeErrorsTest {

    @Test
    void aRefusedCardIsADeclineWithItsCodes() {
        var error = withStripeError(
                new CardException(
                        "Your card was declined.",
                        "req_1",
                        "card_declined",
                        null,
                        "insufficient_funds",
                        "ch_1",
                        402,
                        null),
                "Your card was declined.");

        assertThat(StripeErrors.toResult(error))
                .isEqualTo(new GatewayResult.Declined<>(
                        "card_declined", Optional.of("insufficient_funds"), "Your card was declined."));
    }

    @Test
    void aKeyReusedWithOtherParametersIsAnIdempotencyConflict() {
        var error = new IdempotencyException(
                "Keys for idempotent requests can only be used with the same parameters",
                "req_1",
                "idempotency_error",
                400);

        assertThat(StripeErrors.toResult(error)).isInstanceOf(GatewayResult.IdempotencyConflict.class);
    }

    @Test
    void anInvalidRequestIsRejectedWithItsStatusAndCode() {
        var error = withStripeError(
                new InvalidRequestException(
                        "No such payment_intent: 'pi_x'", "pi", "req_1", "resource_missing", 404, null),
                "No such payment_intent: 'pi_x'");

        assertThat(StripeErrors.toResult(error))
                .isEqualTo(new GatewayResult.Rejected<>(
                        404, Optional.of("resource_missing"), "No such payment_intent: 'pi_x'"));
    }

    @Test
    void serverErrorsRateLimitsAndLostConnectionsAreThrownForARetry() {
        assertThatThrownBy(() -> StripeErrors.toResult(new ApiException("boom", "req_1", null, 500, null)))
                .isInstanceOf(PaymentGatewayUnavailable.class);
        assertThatThrownBy(() -> StripeErrors.toResult(
                        new RateLimitException("slow down", null, "req_1", "rate_limit", 429, null)))
                .isInstanceOf(PaymentGatewayUnavailable.class);
        assertThatThrownBy(() -> StripeErrors.toResult(new ApiConnectionException("connection refused")))
                .isInstanceOf(PaymentGatewayUnavailable.class);
    }

    @Test
    void aRefusedApiKeyIsThrown() {
        assertThatThrownBy(() -> StripeErrors.toResult(
                        new AuthenticationException("Invalid API Key provided", "req_1", null, 401)))
                .isInstanceOf(PaymentGatewayCredentialsRefused.class);
    }

    /** As stripe-java builds them from an answer: with the error object Stripe sent. */
    private static <E extends StripeException> E withStripeError(E error, String message) {
        StripeError body = new StripeError();
        body.setCode(error.getCode());
        body.setMessage(message);
        error.setStripeError(body);
        return error;
    }
}
