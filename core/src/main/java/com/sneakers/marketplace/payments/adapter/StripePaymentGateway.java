package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.payments.AccountLink;
import com.sneakers.marketplace.payments.Card;
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
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.money.Money;
import com.sneakers.marketplace.platform.secrets.SecretStore;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.PaymentMethod;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.PaymentIntentUpdateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferReversalCreateParams;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The payment gateway on stripe-java. Works against Stripe, localstripe and stripe-mock with the same
 * calls: it only sends parameters all three accept (the refund reason goes to metadata; confirmation
 * attaches the payment method with an update first, since localstripe confirms no payment method).
 */
public final class StripePaymentGateway implements PaymentGateway {
    public static final String API_BASE_VARIABLE = "STRIPE_API_BASE";
    public static final String DEFAULT_API_BASE = "https://api.stripe.com";
    /** The intent's card details come from its payment method; its charge id from the latest charge. */
    private static final List<String> INTENT_EXPANSIONS = List.of("payment_method");

    private static final int NETWORK_RETRIES = 2;
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 15_000;

    private final StripeClient client;

    private StripePaymentGateway(StripeClient client) {
        this.client = client;
    }

    /** The gateway for a function: API key from the secret named by STRIPE_SECRET_ARN, base from STRIPE_API_BASE. */
    /**
     * The gateway made on first use and shared by whoever holds the supplier: the key is read after
     * SnapStart restores, once per function.
     */
    public static PaymentGateway lazilyFromSettings(Settings settings, SecretStore secrets) {
        return new LazyPaymentGateway(() -> fromSettings(settings, secrets));
    }

    public static StripePaymentGateway fromSettings(Settings settings, SecretStore secrets) {
        StripeSecret secret = StripeSecret.read(secrets, settings.required(StripeSecret.ARN_VARIABLE));
        return create(secret.apiKey(), settings.orDefault(API_BASE_VARIABLE, DEFAULT_API_BASE));
    }

    public static StripePaymentGateway create(String apiKey, String apiBase) {
        String base = apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
        return new StripePaymentGateway(StripeClient.builder()
                .setApiKey(apiKey)
                .setApiBase(base)
                .setConnectBase(base)
                .setMaxNetworkRetries(NETWORK_RETRIES)
                .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                .setReadTimeout(READ_TIMEOUT_MILLIS)
                .build());
    }

    @Override
    public GatewayResult<PaymentIntent> createPaymentIntent(NewPaymentIntent intent) {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(intent.amountCents())
                .setCurrency(intent.currency())
                .putAllMetadata(intent.metadata())
                // Cards only: no redirect-based methods, so a server-side confirmation needs no return URL.
                .addPaymentMethodType("card")
                .build();
        return call(() -> toIntent(client.v1().paymentIntents().create(params, idempotent(intent.idempotencyKey()))));
    }

    @Override
    public GatewayResult<PaymentIntent> retrievePaymentIntent(String paymentIntentId) {
        PaymentIntentRetrieveParams params = PaymentIntentRetrieveParams.builder()
                .addAllExpand(INTENT_EXPANSIONS)
                .build();
        return call(() -> toIntent(client.v1().paymentIntents().retrieve(paymentIntentId, params)));
    }

    @Override
    public GatewayResult<PaymentIntent> confirmPaymentIntent(
            String paymentIntentId, String paymentMethodId, String idempotencyKey) {
        PaymentIntentUpdateParams attach = PaymentIntentUpdateParams.builder()
                .setPaymentMethod(paymentMethodId)
                .build();
        PaymentIntentConfirmParams confirm = PaymentIntentConfirmParams.builder()
                .addAllExpand(INTENT_EXPANSIONS)
                .build();
        return call(() -> {
            client.v1().paymentIntents().update(paymentIntentId, attach, idempotent(idempotencyKey + ":attach"));
            return toIntent(client.v1()
                    .paymentIntents()
                    .confirm(paymentIntentId, confirm, idempotent(idempotencyKey + ":confirm")));
        });
    }

    @Override
    public GatewayResult<PaymentIntent> cancelPaymentIntent(String paymentIntentId, String idempotencyKey) {
        PaymentIntentCancelParams params = PaymentIntentCancelParams.builder().build();
        return call(() ->
                toIntent(client.v1().paymentIntents().cancel(paymentIntentId, params, idempotent(idempotencyKey))));
    }

    @Override
    public GatewayResult<Refund> createRefund(NewRefund refund) {
        RefundCreateParams.Builder params = RefundCreateParams.builder()
                .setPaymentIntent(refund.paymentIntentId())
                .putMetadata("reason", refund.reason());
        refund.amountCents().ifPresent(params::setAmount);
        return call(() -> {
            com.stripe.model.Refund created =
                    client.v1().refunds().create(params.build(), idempotent(refund.idempotencyKey()));
            return new Refund(created.getId(), created.getStatus(), created.getAmount());
        });
    }

    @Override
    public GatewayResult<ConnectedAccount> createConnectedAccount(NewConnectedAccount account) {
        AccountCreateParams params = AccountCreateParams.builder()
                .setType(AccountCreateParams.Type.EXPRESS)
                .setEmail(account.email())
                .setCountry(account.country())
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder()
                                .setRequested(true)
                                .build())
                        .build())
                .build();
        return call(() -> toAccount(client.v1().accounts().create(params, idempotent(account.idempotencyKey()))));
    }

    @Override
    public GatewayResult<ConnectedAccount> retrieveConnectedAccount(String accountId) {
        return call(() -> toAccount(client.v1().accounts().retrieve(accountId)));
    }

    @Override
    public GatewayResult<AccountLink> createAccountLink(NewAccountLink link) {
        AccountLinkCreateParams params = AccountLinkCreateParams.builder()
                .setAccount(link.accountId())
                .setRefreshUrl(link.refreshUrl())
                .setReturnUrl(link.returnUrl())
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .build();
        return call(() -> {
            com.stripe.model.AccountLink created =
                    client.v1().accountLinks().create(params, idempotent(link.idempotencyKey()));
            return new AccountLink(created.getUrl(), Instant.ofEpochSecond(created.getExpiresAt()));
        });
    }

    @Override
    public GatewayResult<Transfer> createTransfer(NewTransfer transfer) {
        TransferCreateParams params = TransferCreateParams.builder()
                .setAmount(transfer.amountCents())
                .setCurrency(transfer.currency())
                .setDestination(transfer.destinationAccountId())
                .setTransferGroup(transfer.transferGroup())
                .setSourceTransaction(transfer.sourceChargeId())
                .build();
        return call(() -> toTransfer(client.v1().transfers().create(params, idempotent(transfer.idempotencyKey()))));
    }

    @Override
    public GatewayResult<Transfer> retrieveTransfer(String transferId) {
        return call(() -> toTransfer(client.v1().transfers().retrieve(transferId)));
    }

    @Override
    public GatewayResult<TransferReversal> reverseTransfer(String transferId, Money amount, String idempotencyKey) {
        TransferReversalCreateParams params = TransferReversalCreateParams.builder()
                .setAmount(amount.minorUnits())
                .build();
        return call(() -> {
            com.stripe.model.TransferReversal reversal =
                    client.v1().transfers().reversals().create(transferId, params, idempotent(idempotencyKey));
            return new TransferReversal(reversal.getId(), transferId, reversal.getAmount());
        });
    }

    private static RequestOptions idempotent(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    private static PaymentIntent toIntent(com.stripe.model.PaymentIntent intent) {
        return new PaymentIntent(
                intent.getId(),
                intent.getClientSecret(),
                intent.getStatus(),
                intent.getAmount(),
                amountReceived(intent),
                intent.getCurrency(),
                Optional.ofNullable(intent.getLatestCharge()),
                card(intent.getPaymentMethodObject()));
    }

    /** localstripe leaves {@code amount_received} out; a succeeded intent there received its amount. */
    private static long amountReceived(com.stripe.model.PaymentIntent intent) {
        if (intent.getAmountReceived() != null) {
            return intent.getAmountReceived();
        }
        return PaymentIntent.SUCCEEDED.equals(intent.getStatus()) ? intent.getAmount() : 0;
    }

    private static Optional<Card> card(PaymentMethod paymentMethod) {
        if (paymentMethod == null || paymentMethod.getCard() == null) {
            return Optional.empty();
        }
        return Optional.of(new Card(
                paymentMethod.getCard().getBrand(), paymentMethod.getCard().getLast4()));
    }

    private static ConnectedAccount toAccount(Account account) {
        return new ConnectedAccount(
                account.getId(),
                Boolean.TRUE.equals(account.getPayoutsEnabled()),
                Boolean.TRUE.equals(account.getChargesEnabled()),
                Boolean.TRUE.equals(account.getDetailsSubmitted()));
    }

    private static Transfer toTransfer(com.stripe.model.Transfer transfer) {
        return new Transfer(transfer.getId(), transfer.getAmount(), Boolean.TRUE.equals(transfer.getReversed()));
    }

    private static <T> GatewayResult<T> call(StripeCall<T> call) {
        try {
            return GatewayResult.succeeded(call.run());
        } catch (StripeException e) {
            return StripeErrors.toResult(e);
        }
    }

    @FunctionalInterface
    private interface StripeCall<T> {
        T run() throws StripeException;
    }
}
