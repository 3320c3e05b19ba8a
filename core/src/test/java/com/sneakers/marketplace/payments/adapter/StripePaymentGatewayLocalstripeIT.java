package com.sneakers.marketplace.payments.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sneakers.marketplace.payments.Card;
import com.sneakers.marketplace.payments.GatewayResult;
import com.sneakers.marketplace.payments.NewPaymentIntent;
import com.sneakers.marketplace.payments.NewRefund;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.PaymentGatewayUnavailable;
import com.sneakers.marketplace.payments.PaymentIntent;
import com.sneakers.marketplace.payments.Refund;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PaymentIntents and refunds against localstripe, which keeps state like Stripe does. */
class StripePaymentGatewayLocalstripeIT {
    private final PaymentGateway gateway =
            StripePaymentGateway.create(StripeEmulators.API_KEY, StripeEmulators.localstripe());

    @Test
    void anIntentIsCreatedForTheExactAmountWithItsMetadata() {
        PaymentIntent intent = gateway.createPaymentIntent(
                        new NewPaymentIntent(23_050, "usd", Map.of("order_id", "42"), key()))
                .orElseThrow();

        assertThat(intent.id()).startsWith("pi_");
        assertThat(intent.clientSecret()).startsWith(intent.id() + "_secret_");
        assertThat(intent.amountCents()).isEqualTo(23_050);
        assertThat(intent.currency()).isEqualTo("usd");
        assertThat(intent.status()).isEqualTo(PaymentIntent.REQUIRES_PAYMENT_METHOD);
        assertThat(intent.latestChargeId()).isEmpty();
        assertThat(gateway.retrievePaymentIntent(intent.id()).orElseThrow().id())
                .isEqualTo(intent.id());
    }

    @Test
    void confirmingWithAGoodCardSucceedsWithTheChargeAndTheCard() {
        PaymentIntent intent = newIntent(12_000);

        PaymentIntent confirmed =
                gateway.confirmPaymentIntent(intent.id(), "pm_card_visa", key()).orElseThrow();

        assertThat(confirmed.status()).isEqualTo(PaymentIntent.SUCCEEDED);
        assertThat(confirmed.latestChargeId())
                .hasValueSatisfying(charge -> assertThat(charge).startsWith("ch_"));
        assertThat(confirmed.card()).contains(new Card("visa", "4242"));
        assertThat(gateway.retrievePaymentIntent(intent.id()).orElseThrow().card())
                .contains(new Card("visa", "4242"));
    }

    @Test
    void aCardThatIsRefusedAtChargeTimeIsDeclinedAndTheIntentStaysPayable() {
        PaymentIntent intent = newIntent(5_000);

        GatewayResult<PaymentIntent> result =
                gateway.confirmPaymentIntent(intent.id(), "pm_card_chargeCustomerFail", key());

        assertThat(result).isInstanceOf(GatewayResult.Declined.class);
        assertThat(((GatewayResult.Declined<PaymentIntent>) result).code()).isEqualTo("card_declined");
        assertThat(gateway.retrievePaymentIntent(intent.id()).orElseThrow().status())
                .isEqualTo(PaymentIntent.REQUIRES_PAYMENT_METHOD);
    }

    @Test
    void anUnpaidIntentCanBeCancelled() {
        PaymentIntent intent = newIntent(5_000);

        assertThat(gateway.cancelPaymentIntent(intent.id(), key()).orElseThrow().status())
                .isEqualTo(PaymentIntent.CANCELED);
    }

    @Test
    void aPaidIntentIsRefundedInPartThenInFull() {
        PaymentIntent intent = newIntent(10_000);
        gateway.confirmPaymentIntent(intent.id(), "pm_card_visa", key()).orElseThrow();

        Refund partial = gateway.createRefund(new NewRefund(intent.id(), OptionalLong.of(2_500), "damaged box", key()))
                .orElseThrow();
        Refund rest = gateway.createRefund(new NewRefund(intent.id(), OptionalLong.empty(), "cancelled", key()))
                .orElseThrow();

        assertThat(partial.id()).startsWith("re_");
        assertThat(partial.amountCents()).isEqualTo(2_500);
        assertThat(partial.status()).isEqualTo("succeeded");
        assertThat(rest.id()).isNotEqualTo(partial.id());
    }

    @Test
    void refundingAnUnpaidIntentIsRejectedByStripe() {
        PaymentIntent intent = newIntent(10_000);
        gateway.confirmPaymentIntent(intent.id(), "pm_card_chargeCustomerFail", key());

        GatewayResult<Refund> result =
                gateway.createRefund(new NewRefund(intent.id(), OptionalLong.empty(), "cancelled", key()));

        assertThat(result)
                .isInstanceOfSatisfying(GatewayResult.Rejected.class, rejected -> assertThat(rejected.status())
                        .isEqualTo(400));
    }

    @Test
    void anUnknownIntentIsRejectedAsNotFound() {
        assertThat(gateway.retrievePaymentIntent("pi_doesnotexist"))
                .isInstanceOfSatisfying(GatewayResult.Rejected.class, rejected -> assertThat(rejected.status())
                        .isEqualTo(404));
    }

    @Test
    void anUnreachableStripeIsThrownSoTheWorkIsRetried() {
        PaymentGateway nowhere = StripePaymentGateway.create(StripeEmulators.API_KEY, "http://127.0.0.1:9");

        assertThatThrownBy(() -> nowhere.retrievePaymentIntent("pi_1")).isInstanceOf(PaymentGatewayUnavailable.class);
    }

    private PaymentIntent newIntent(long cents) {
        return gateway.createPaymentIntent(new NewPaymentIntent(cents, "usd", Map.of(), key()))
                .orElseThrow();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
