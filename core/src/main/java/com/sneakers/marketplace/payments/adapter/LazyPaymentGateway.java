package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.payments.AccountLink;
import com.sneakers.marketplace.payments.ConnectedAccount;
import com.sneakers.marketplace.payments.GatewayResult;
import com.sneakers.marketplace.payments.NewAccountLink;
import com.sneakers.marketplace.payments.NewConnectedAccount;
import com.sneakers.marketplace.payments.NewPaymentIntent;
import com.sneakers.marketplace.payments.NewRefund;
import com.sneakers.marketplace.payments.NewTransfer;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.PaymentIntent;
import com.sneakers.marketplace.payments.Refund;
import com.sneakers.marketplace.payments.Transfer;
import com.sneakers.marketplace.payments.TransferReversal;
import com.sneakers.marketplace.platform.config.Memoized;
import com.sneakers.marketplace.platform.money.Money;
import java.util.function.Supplier;

/**
 * The gateway made on its first call: wiring a function (and its SnapStart snapshot) never reads the
 * Stripe secret, and everything the function wires shares the one gateway.
 */
final class LazyPaymentGateway implements PaymentGateway {
    private final Supplier<PaymentGateway> gateway;

    LazyPaymentGateway(Supplier<PaymentGateway> maker) {
        this.gateway = Memoized.of(maker);
    }

    @Override
    public GatewayResult<PaymentIntent> createPaymentIntent(NewPaymentIntent intent) {
        return gateway.get().createPaymentIntent(intent);
    }

    @Override
    public GatewayResult<PaymentIntent> retrievePaymentIntent(String paymentIntentId) {
        return gateway.get().retrievePaymentIntent(paymentIntentId);
    }

    @Override
    public GatewayResult<PaymentIntent> confirmPaymentIntent(
            String paymentIntentId, String paymentMethodId, String idempotencyKey) {
        return gateway.get().confirmPaymentIntent(paymentIntentId, paymentMethodId, idempotencyKey);
    }

    @Override
    public GatewayResult<PaymentIntent> cancelPaymentIntent(String paymentIntentId, String idempotencyKey) {
        return gateway.get().cancelPaymentIntent(paymentIntentId, idempotencyKey);
    }

    @Override
    public GatewayResult<Refund> createRefund(NewRefund refund) {
        return gateway.get().createRefund(refund);
    }

    @Override
    public GatewayResult<ConnectedAccount> createConnectedAccount(NewConnectedAccount account) {
        return gateway.get().createConnectedAccount(account);
    }

    @Override
    public GatewayResult<ConnectedAccount> retrieveConnectedAccount(String accountId) {
        return gateway.get().retrieveConnectedAccount(accountId);
    }

    @Override
    public GatewayResult<AccountLink> createAccountLink(NewAccountLink link) {
        return gateway.get().createAccountLink(link);
    }

    @Override
    public GatewayResult<Transfer> createTransfer(NewTransfer transfer) {
        return gateway.get().createTransfer(transfer);
    }

    @Override
    public GatewayResult<Transfer> retrieveTransfer(String transferId) {
        return gateway.get().retrieveTransfer(transferId);
    }

    @Override
    public GatewayResult<TransferReversal> reverseTransfer(String transferId, Money amount, String idempotencyKey) {
        return gateway.get().reverseTransfer(transferId, amount, idempotencyKey);
    }
}
