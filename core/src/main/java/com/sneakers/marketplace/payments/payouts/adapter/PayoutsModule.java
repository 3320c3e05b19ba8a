package com.sneakers.marketplace.payments.payouts.adapter;

import com.sneakers.marketplace.identity.Contacts;
import com.sneakers.marketplace.orders.OrderSteps;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.SellerClawback;
import com.sneakers.marketplace.payments.adapter.JdbcLedger;
import com.sneakers.marketplace.payments.adapter.StripeEventHandler;
import com.sneakers.marketplace.payments.payouts.PayoutAccounts;
import com.sneakers.marketplace.payments.payouts.PayoutEventLog;
import com.sneakers.marketplace.payments.payouts.PayoutService;
import com.sneakers.marketplace.payments.payouts.Payouts;
import com.sneakers.marketplace.payments.payouts.SellerAccounts;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.outbox.Outbox;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Payouts as a function uses them: the payout service, sellers' accounts and the webhook handlers
 * for the webhook processor's {@code List<StripeEventHandler>}. The Stripe gateway comes from a supplier
 * asked on first use (see {@code StripePaymentGateway.lazilyFromSettings}), so wiring and SnapStart
 * priming never call Secrets Manager, and a function shares one gateway between its payments and payouts.
 * Settings: {@code PAYOUT_ACCOUNT_COUNTRY} (default US), {@code PAYOUT_ONBOARDING_REFRESH_URL} and
 * {@code PAYOUT_ONBOARDING_RETURN_URL}.
 */
public final class PayoutsModule {
    static final String DEFAULT_REFRESH_URL = "https://sneakers-marketplace.dev/seller/payouts/onboarding/refresh";
    static final String DEFAULT_RETURN_URL = "https://sneakers-marketplace.dev/seller/payouts/onboarding/done";

    private final PayoutService payouts;
    private final PayoutAccounts accounts;

    private PayoutsModule(PayoutService payouts, PayoutAccounts accounts) {
        this.payouts = payouts;
        this.accounts = accounts;
    }

    /**
     * Payouts of completed orders, which it locks through the orders context's {@link OrderSteps} port;
     * sellers' emails come from identity's {@link Contacts} port.
     */
    public static PayoutsModule create(
            Settings settings,
            DataSource dataSource,
            Supplier<PaymentGateway> gateway,
            OrderSteps orders,
            Contacts contacts,
            Outbox outbox,
            Clock clock) {
        Transactions transactions = new Transactions(dataSource);
        PayoutEventLog events = new PayoutEvents(dataSource, outbox);
        SellerAccounts accounts = new JdbcSellerAccounts(dataSource);
        PayoutService payouts = new PayoutService(
                transactions,
                new JdbcPayoutRecords(dataSource),
                accounts,
                orders,
                events,
                gateway,
                new JdbcLedger(dataSource),
                clock);
        PayoutAccounts.OnboardingSettings onboarding = new PayoutAccounts.OnboardingSettings(
                settings.orDefault("PAYOUT_ACCOUNT_COUNTRY", "US"),
                settings.orDefault("PAYOUT_ONBOARDING_REFRESH_URL", DEFAULT_REFRESH_URL),
                settings.orDefault("PAYOUT_ONBOARDING_RETURN_URL", DEFAULT_RETURN_URL));
        return new PayoutsModule(
                payouts, new PayoutAccounts(transactions, accounts, contacts, events, gateway, onboarding, clock));
    }

    public Payouts payouts() {
        return payouts;
    }

    /** What refunds use to take the seller's share back from a transfer already made. */
    public SellerClawback clawback() {
        return payouts;
    }

    public PayoutAccounts accounts() {
        return accounts;
    }

    /** The handlers to add to the webhook processor's list. */
    public List<StripeEventHandler> webhookHandlers() {
        return List.of(new AccountUpdatedHandler(accounts), new TransferReversedHandler(payouts));
    }
}
