package com.sneakers.marketplace.testing;

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
import com.sneakers.marketplace.payments.adapter.StripePaymentGateway;
import com.sneakers.marketplace.platform.money.Money;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * stripe-mock ({@code STRIPE_MOCK_BASE}, default port 12111) through the real gateway, recording the
 * transfers asked for; {@link #answerTransfers} replaces Stripe's answer for refusals and outages the
 * emulator cannot produce.
 */
public final class RecordingGateway implements PaymentGateway {
    private final PaymentGateway stripeMock = StripePaymentGateway.create(
            "sk_test_marketplace",
            Optional.ofNullable(System.getenv("STRIPE_MOCK_BASE")).orElse("http://127.0.0.1:12111"));
    private final List<NewTransfer> transfers = new CopyOnWriteArrayList<>();
    private final List<String> reversals = new CopyOnWriteArrayList<>();
    private volatile Function<NewTransfer, GatewayResult<Transfer>> transferAnswer = stripeMock::createTransfer;

    /** The reversals asked for, as "transferId amount key". */
    public List<String> reversals() {
        return reversals;
    }

    public List<NewTransfer> transfers() {
        return transfers;
    }

    public void answerTransfers(Function<NewTransfer, GatewayResult<Transfer>> answer) {
        this.transferAnswer = answer;
    }

    @Override
    public GatewayResult<Transfer> createTransfer(NewTransfer transfer) {
        transfers.add(transfer);
        return transferAnswer.apply(transfer);
    }

    @Override
    public GatewayResult<TransferReversal> reverseTransfer(String transferId, Money amount, String idempotencyKey) {
        reversals.add(transferId + " " + amount + " " + idempotencyKey);
        return stripeMock.reverseTransfer(transferId, amount, idempotencyKey);
    }

    @Override
    public GatewayResult<Transfer> retrieveTransfer(String transferId) {
        return stripeMock.retrieveTransfer(transferId);
    }

    @Override
    public GatewayResult<ConnectedAccount> createConnectedAccount(NewConnectedAccount account) {
        return stripeMock.createConnectedAccount(account);
    }

    @Override
    public GatewayResult<ConnectedAccount> retrieveConnectedAccount(String accountId) {
        return stripeMock.retrieveConnectedAccount(accountId);
    }

    @Override
    public GatewayResult<AccountLink> createAccountLink(NewAccountLink link) {
        return stripeMock.createAccountLink(link);
    }

    @Override
    public GatewayResult<PaymentIntent> createPaymentIntent(NewPaymentIntent intent) {
        throw new UnsupportedOperationException();
    }

    @Override
    public GatewayResult<PaymentIntent> retrievePaymentIntent(String paymentIntentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public GatewayResult<PaymentIntent> confirmPaymentIntent(
            String paymentIntentId, String paymentMethodId, String idempotencyKey) {
        throw new UnsupportedOperationException();
    }

    @Override
    public GatewayResult<PaymentIntent> cancelPaymentIntent(String paymentIntentId, String idempotencyKey) {
        throw new UnsupportedOperationException();
    }

    @Override
    public GatewayResult<Refund> createRefund(NewRefund refund) {
        throw new UnsupportedOperationException();
    }
}
