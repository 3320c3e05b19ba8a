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
import com.sneakers.marketplace.payments.PaymentGatewayUnavailable;
import com.sneakers.marketplace.payments.PaymentIntent;
import com.sneakers.marketplace.payments.Refund;
import com.sneakers.marketplace.payments.Transfer;
import com.sneakers.marketplace.payments.TransferReversal;
import com.sneakers.marketplace.platform.money.Money;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stripe in memory, for fast tests of the payment and payout rules: intents are keyed by their
 * idempotency key as Stripe keys them, a confirmed intent succeeds, a refund without an amount takes
 * what is left; Connect accounts are made (or refused, when told to) and linked. A transfer is made
 * once per idempotency key and its answer kept for the key, as Stripe keeps it; when told, transfers are
 * refused with a code, Stripe is unreachable, or the caller "crashes" right after Stripe answered.
 */
public final class FakeStripe implements PaymentGateway {
    private final Map<String, PaymentIntent> intentsByKey = new LinkedHashMap<>();
    private final Map<String, PaymentIntent> intents = new LinkedHashMap<>();
    private final List<NewRefund> refunds = new ArrayList<>();
    private final Map<String, TransferReversal> reversalsByKey = new LinkedHashMap<>();
    private final List<String> cancelled = new ArrayList<>();
    private final List<NewConnectedAccount> accountsCreated = new ArrayList<>();
    private final Map<String, ConnectedAccount> accounts = new LinkedHashMap<>();
    private boolean refuseAccounts;
    private final List<NewTransfer> transfers = new ArrayList<>();
    private final Map<String, GatewayResult<Transfer>> transfersByKey = new LinkedHashMap<>();
    private String transferRefusal;
    private boolean transfersUnreachable;
    private boolean crashAfterTransfers;

    @Override
    public synchronized GatewayResult<PaymentIntent> createPaymentIntent(NewPaymentIntent intent) {
        PaymentIntent made = intentsByKey.computeIfAbsent(
                intent.idempotencyKey(),
                key -> new PaymentIntent(
                        "pi_" + (intents.size() + 1),
                        "secret_" + (intents.size() + 1),
                        PaymentIntent.REQUIRES_PAYMENT_METHOD,
                        intent.amountCents(),
                        0,
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
        if (PaymentIntent.SUCCEEDED.equals(intent.status())) {
            return new GatewayResult.Rejected<>(
                    400,
                    Optional.of("payment_intent_unexpected_state"),
                    "This PaymentIntent's payment_method could not be updated because it has a status of succeeded.");
        }
        PaymentIntent succeeded = new PaymentIntent(
                intent.id(),
                intent.clientSecret(),
                PaymentIntent.SUCCEEDED,
                intent.amountCents(),
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

    @Override
    public synchronized GatewayResult<List<Refund>> refundsOf(String paymentIntentId) {
        List<Refund> made = new ArrayList<>();
        long refunded = 0;
        for (int i = 0; i < refunds.size(); i++) {
            NewRefund refund = refunds.get(i);
            if (refund.paymentIntentId().equals(paymentIntentId)) {
                long amount =
                        refund.amountCents().orElse(intents.get(paymentIntentId).amountCents() - refunded);
                refunded += amount;
                made.add(new Refund("re_" + (i + 1), "succeeded", amount));
            }
        }
        return GatewayResult.succeeded(made);
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
    public synchronized GatewayResult<ConnectedAccount> createConnectedAccount(NewConnectedAccount account) {
        if (refuseAccounts) {
            return new GatewayResult.Rejected<>(400, Optional.of("country_unsupported"), "Country unsupported");
        }
        accountsCreated.add(account);
        ConnectedAccount made = new ConnectedAccount("acct_" + accountsCreated.size(), false, false, false);
        accounts.put(made.id(), made);
        return GatewayResult.succeeded(made);
    }

    @Override
    public synchronized GatewayResult<ConnectedAccount> retrieveConnectedAccount(String accountId) {
        return GatewayResult.succeeded(accounts.get(accountId));
    }

    @Override
    public GatewayResult<AccountLink> createAccountLink(NewAccountLink link) {
        return GatewayResult.succeeded(
                new AccountLink("https://connect.example.test/" + link.idempotencyKey(), Instant.MAX));
    }

    /** The seller finished onboarding at Stripe: the account now has these flags. */
    public synchronized void onboarded(ConnectedAccount account) {
        accounts.put(account.id(), account);
    }

    /** From now on, Stripe refuses to open accounts. */
    public synchronized void refuseAccounts() {
        refuseAccounts = true;
    }

    /** The Connect accounts asked for, in order. */
    public synchronized List<NewConnectedAccount> accountsCreated() {
        return List.copyOf(accountsCreated);
    }

    @Override
    public synchronized GatewayResult<Transfer> createTransfer(NewTransfer transfer) {
        transfers.add(transfer);
        if (transfersUnreachable) {
            throw new PaymentGatewayUnavailable("Stripe is unreachable", new IOException("connection refused"));
        }
        GatewayResult<Transfer> answer = transfersByKey.computeIfAbsent(
                transfer.idempotencyKey(),
                key -> transferRefusal == null
                        ? GatewayResult.succeeded(
                                new Transfer("tr_" + (transfersByKey.size() + 1), transfer.amountCents(), false))
                        : new GatewayResult.Rejected<>(
                                400, Optional.of(transferRefusal), "Stripe refused: " + transferRefusal));
        if (crashAfterTransfers) {
            throw new SimulatedCrash();
        }
        return answer;
    }

    @Override
    public GatewayResult<Transfer> retrieveTransfer(String transferId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized GatewayResult<TransferReversal> reverseTransfer(
            String transferId, Money amount, String idempotencyKey) {
        TransferReversal made = reversalsByKey.computeIfAbsent(
                idempotencyKey,
                key -> new TransferReversal("trr_" + (reversalsByKey.size() + 1), transferId, amount.minorUnits()));
        return GatewayResult.succeeded(made);
    }

    /** From now on, new transfers are refused with the Stripe error {@code code}. */
    public synchronized void refuseTransfers(String code) {
        transferRefusal = code;
        transfersUnreachable = false;
    }

    /** From now on, Stripe cannot be reached for transfers. */
    public synchronized void transfersUnreachable() {
        transfersUnreachable = true;
    }

    /** From now on, transfers are made (the answer Stripe keeps for a key stays as it was). */
    public synchronized void acceptTransfers() {
        transferRefusal = null;
        transfersUnreachable = false;
        crashAfterTransfers = false;
    }

    /** From now on, the caller dies right after Stripe made (or refused) the transfer, before it hears back. */
    public synchronized void crashAfterTransfers() {
        crashAfterTransfers = true;
    }

    /** Every transfer asked for, repeats included, in order. */
    public synchronized List<NewTransfer> transfers() {
        return List.copyOf(transfers);
    }

    /** The reversals made, one per idempotency key. */
    public synchronized List<TransferReversal> reversals() {
        return List.copyOf(reversalsByKey.values());
    }

    /** The transfers Stripe made, one per idempotency key that succeeded. */
    public synchronized List<Transfer> transfersMade() {
        return transfersByKey.values().stream()
                .flatMap(answer -> answer.succeededValue().stream())
                .toList();
    }

    /** A process dying mid-call: not an exception any caller handles. */
    public static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("the process died after Stripe answered");
        }
    }
}
