package com.sneakers.marketplace.local.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.payments.ConnectedAccount;
import com.sneakers.marketplace.payments.NewConnectedAccount;
import com.sneakers.marketplace.payments.NewPaymentIntent;
import com.sneakers.marketplace.payments.NewTransfer;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.PaymentIntent;
import com.sneakers.marketplace.payments.adapter.StripePaymentGateway;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one Stripe base URL of the local runtime, in front of localstripe and stripe-mock. */
class StripeFrontIT {
    private static final URI LOCALSTRIPE =
            URI.create(Optional.ofNullable(System.getenv("STRIPE_API_BASE")).orElse("http://127.0.0.1:8420"));
    private static final URI STRIPE_MOCK =
            URI.create(Optional.ofNullable(System.getenv("STRIPE_MOCK_BASE")).orElse("http://127.0.0.1:12111"));
    private static final String API_KEY = "sk_test_front";
    private static StripeFront front;
    private static PaymentGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        front = new StripeFront(LOCALSTRIPE, STRIPE_MOCK, "127.0.0.1", 0);
        gateway = StripePaymentGateway.create(API_KEY, front.baseUri().toString());
    }

    @AfterAll
    static void stop() {
        front.close();
    }

    @Test
    void connectPathsGoToStripeMockAndTheRestToLocalstripe() {
        assertThat(front.upstreamFor("/v1/accounts")).isEqualTo(STRIPE_MOCK);
        assertThat(front.upstreamFor("/v1/accounts/acct_1/login_links")).isEqualTo(STRIPE_MOCK);
        assertThat(front.upstreamFor("/v1/account_links")).isEqualTo(STRIPE_MOCK);
        assertThat(front.upstreamFor("/v1/transfers/tr_1")).isEqualTo(STRIPE_MOCK);
        assertThat(front.upstreamFor("/v1/payment_intents")).isEqualTo(LOCALSTRIPE);
        assertThat(front.upstreamFor("/v1/accountsx")).isEqualTo(LOCALSTRIPE);
        assertThat(front.upstreamFor("/_config/webhooks/x")).isEqualTo(LOCALSTRIPE);
    }

    @Test
    void anIntentMadeThroughTheFrontIsKeptByLocalstripe() throws Exception {
        PaymentIntent intent = gateway.createPaymentIntent(new NewPaymentIntent(
                        4_321, "usd", Map.of("order_id", "7"), UUID.randomUUID().toString()))
                .orElseThrow();

        HttpResponse<String> direct = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(LOCALSTRIPE + "/v1/payment_intents/" + intent.id()))
                                .header("Authorization", "Bearer " + API_KEY)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(direct.body()).contains("\"amount\": 4321");
        assertThat(gateway.confirmPaymentIntent(
                                intent.id(), "pm_card_visa", UUID.randomUUID().toString())
                        .orElseThrow()
                        .status())
                .isEqualTo(PaymentIntent.SUCCEEDED);
    }

    @Test
    void connectCallsThroughTheFrontAreAnsweredByStripeMock() throws Exception {
        ConnectedAccount account = gateway.createConnectedAccount(new NewConnectedAccount(
                        "seller@example.com", "US", UUID.randomUUID().toString()))
                .orElseThrow();
        assertThat(account.id()).startsWith("acct_");
        assertThat(gateway.createTransfer(new NewTransfer(
                                1_000,
                                "usd",
                                account.id(),
                                "ORD-1",
                                "ch_1",
                                UUID.randomUUID().toString()))
                        .succeededValue())
                .isPresent();

        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(front.baseUri() + "/v1/accounts/" + account.id()))
                                .header("Authorization", "Bearer " + API_KEY)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Stripe-Mock-Version")).isPresent();
    }
}
