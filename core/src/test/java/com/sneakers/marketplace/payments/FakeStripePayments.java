package com.sneakers.marketplace.payments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stripe's PaymentIntents and refunds in memory, for fast tests of the payment rules: intents are keyed
 * by their idempotency key as Stripe keys them, a confirmed intent succeeds, a refund without an amount
 * takes what is left. Connect calls are not part of it.
 */
public final class FakeStripePayments implements PaymentGateway {
    private final Map<String, PaymentIntent> intentsByKey = new LinkedHashMap<>();
    private final Map<String, PaymentIntent> intents = new LinkedHashMap<>();
    private final List<NewRefund> refunds = new ArrayList<>();
    private final List<String> cancelled = new ArrayList<>();

    @Override
    public synchronized GatewayResult<PaymentIntent> createPaymentIntent(NewPaymentIntent intent) {
        PaymentIntent made = intentsByKey.computeIfAbsent(
                intent.idempotencyKey(),
                key -> new PaymentIntent(
                        "pi_" + (intents.size() + 1),
                        "secret_" + (intents.size() + 1),
                        PaymentIntent.REQUIRES_PAYMENT_METHOD,
                        intent.amountCents(),
                        intent.currency(),
                        Optional.empty(),
                        Optional.empty()));
        intents.put(made.id(), made);
        return GatewayResult.succeeded(made);
    }

    @Override
    public synchronized GatewayResult<PaymentIntent> retrievePaymentIntent(String paymentIntentId) {
        return GatewayResult.succeeded(intents.get(paymentIntentId));
    }

    @Override
    public synchronized GatewayResult<PaymentIntent> confirmPaymentIntent(
            String paymentIntentId, String paymentMethodId, String idempotencyKey) {
        PaymentIntent intent = intents.get(paymentIntentId);
        PaymentIntent succeeded = new PaymentIntent(
                intent.id(),
                intent.clientSecret(),
                PaymentIntent.SUCCEEDED,
                intent.amountCents(),
                intent.currency(),
                Optional.of("ch_" + intent.id()),
                Optional.empty());
        intents.put(paymentIntentId, succeeded);
        return GatewayResult.succeeded(succeeded);
    }

    @Override
    public synchronized GatewayResult<PaymentIntent> cancelPaymentIntent(String paymentIntentId, String key) {
        cancelled.add(paymentIntentId);
        return GatewayResult.succeeded(intents.get(paymentIntentId));
    }

    @Override
    public synchronized GatewayResult<Refund> createRefund(NewRefund refund) {
        refunds.add(refund);
        long refunded = refunds.stream()
                .filter(earlier -> earlier.paymentIntentId().equals(refund.paymentIntentId()) && earlier != refund)
                .mapToLong(earlier -> earlier.amountCents().orElse(0))
                .sum();
        long amount = refund.amountCents()
                .orElse(intents.get(refund.paymentIntentId()).amountCents() - refunded);
        return GatewayResult.succeeded(new Refund("re_" + refunds.size(), "succeeded", amount));
    }

    /** The PaymentIntents made, in order. */
    public synchronized List<PaymentIntent> intents() {
        return List.copyOf(intents.values());
    }

    public synchronized List<NewRefund> refunds() {
        return List.copyOf(refunds);
    }

    public synchronized List<String> cancelled() {
        return List.copyOf(cancelled);
    }

    @Override
    public GatewayResult<ConnectedAccount> createConnectedAccount(NewConnectedAccount account) {
        throw new UnsupportedOperationException();
    }

    @Override
    public GatewayResult<ConnectedAccount> retrieveConnectedAccount(String accountId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public GatewayResult<AccountLink> createAccountLink(NewAccountLink link) {
        throw new UnsupportedOperationException();
    }

    @Override
    public GatewayResult<Transfer> createTransfer(NewTransfer transfer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public GatewayResult<Transfer> retrieveTransfer(String transferId) {
        throw new UnsupportedOperationException();
    }
}
