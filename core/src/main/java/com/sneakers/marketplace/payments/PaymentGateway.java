package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.platform.money.Money;

/**
 * Stripe, as the marketplace uses it: PaymentIntents, refunds and Connect payouts. Every call that
 * changes something carries the caller's idempotency key, so repeating it after a failure is safe.
 * Refusals come back as {@link GatewayResult}s; an unreachable or failing Stripe throws
 * {@link PaymentGatewayException}.
 */
public interface PaymentGateway {
    GatewayResult<PaymentIntent> createPaymentIntent(NewPaymentIntent intent);

    GatewayResult<PaymentIntent> retrievePaymentIntent(String paymentIntentId);

    /**
     * Attaches the payment method (such as {@code pm_card_visa}) and confirms, as two Stripe calls keyed
     * {@code <idempotencyKey>:attach} and {@code <idempotencyKey>:confirm}; a refused card is
     * {@link GatewayResult.Declined}.
     */
    GatewayResult<PaymentIntent> confirmPaymentIntent(
            String paymentIntentId, String paymentMethodId, String idempotencyKey);

    GatewayResult<PaymentIntent> cancelPaymentIntent(String paymentIntentId, String idempotencyKey);

    GatewayResult<Refund> createRefund(NewRefund refund);

    GatewayResult<ConnectedAccount> createConnectedAccount(NewConnectedAccount account);

    GatewayResult<ConnectedAccount> retrieveConnectedAccount(String accountId);

    GatewayResult<AccountLink> createAccountLink(NewAccountLink link);

    GatewayResult<Transfer> createTransfer(NewTransfer transfer);

    GatewayResult<Transfer> retrieveTransfer(String transferId);

    /** Takes {@code amount} of a transfer back from the connected account. */
    GatewayResult<TransferReversal> reverseTransfer(String transferId, Money amount, String idempotencyKey);
}
