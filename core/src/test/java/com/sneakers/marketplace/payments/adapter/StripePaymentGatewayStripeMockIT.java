package com.sneakers.marketplace.payments.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.payments.AccountLink;
import com.sneakers.marketplace.payments.ConnectedAccount;
import com.sneakers.marketplace.payments.NewAccountLink;
import com.sneakers.marketplace.payments.NewConnectedAccount;
import com.sneakers.marketplace.payments.NewPaymentIntent;
import com.sneakers.marketplace.payments.NewRefund;
import com.sneakers.marketplace.payments.NewTransfer;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.PaymentIntent;
import com.sneakers.marketplace.payments.Transfer;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every call against stripe-mock, which checks each request against Stripe's OpenAPI specification
 * and answers canned objects: these tests prove the requests are valid Stripe requests and the
 * answers are read, not the amounts (stripe-mock keeps no state).
 */
class StripePaymentGatewayStripeMockIT {
    private final PaymentGateway gateway =
            StripePaymentGateway.create(StripeEmulators.API_KEY, StripeEmulators.stripeMock());

    @Test
    void anExpressAccountIsCreatedAndRetrieved() {
        ConnectedAccount account = gateway.createConnectedAccount(
                        new NewConnectedAccount("seller@example.com", "US", key()))
                .orElseThrow();

        assertThat(account.id()).startsWith("acct_");
        assertThat(gateway.retrieveConnectedAccount(account.id()).orElseThrow().id())
                .startsWith("acct_");
    }

    @Test
    void anOnboardingLinkIsCreatedForAnAccount() {
        AccountLink link = gateway.createAccountLink(new NewAccountLink(
                        "acct_1", "https://example.com/refresh", "https://example.com/return", key()))
                .orElseThrow();

        assertThat(link.url()).startsWith("https://");
        assertThat(link.expiresAt()).isNotNull();
    }

    @Test
    void aTransferFundedByAChargeIsCreatedAndRetrieved() {
        Transfer transfer = gateway.createTransfer(
                        new NewTransfer(20_700, "usd", "acct_1", "ORD-000042", "ch_1", key()))
                .orElseThrow();

        assertThat(transfer.id()).startsWith("tr_");
        assertThat(transfer.amountCents()).isPositive();
        assertThat(gateway.retrieveTransfer(transfer.id()).orElseThrow().id()).startsWith("tr_");
    }

    @Test
    void theIntentCallsAreValidStripeRequests() {
        PaymentIntent intent = gateway.createPaymentIntent(new NewPaymentIntent(
                        23_050, "usd", Map.of("order_id", "42", "order_number", "ORD-000042"), key()))
                .orElseThrow();

        assertThat(intent.id()).startsWith("pi_");
        assertThat(gateway.retrievePaymentIntent(intent.id()).succeededValue()).isPresent();
        assertThat(gateway.confirmPaymentIntent(intent.id(), "pm_card_visa", key())
                        .succeededValue())
                .isPresent();
        assertThat(gateway.cancelPaymentIntent(intent.id(), key()).succeededValue())
                .isPresent();
        assertThat(gateway.createRefund(new NewRefund(intent.id(), OptionalLong.of(100), "cancelled", key()))
                        .succeededValue())
                .isPresent();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
