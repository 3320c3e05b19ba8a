package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.identity.Contacts;
import com.sneakers.marketplace.identity.UserId;
import com.sneakers.marketplace.payments.AccountLink;
import com.sneakers.marketplace.payments.ConnectedAccount;
import com.sneakers.marketplace.payments.GatewayResult;
import com.sneakers.marketplace.payments.NewAccountLink;
import com.sneakers.marketplace.payments.NewConnectedAccount;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.platform.transaction.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sellers' Stripe Connect (Express) accounts. The account is created once per seller (the Stripe
 * idempotency key derives from the user id, so a retried or concurrent request gets the same account);
 * asking again refreshes its flags from Stripe and gives a new onboarding link.
 */
public final class PayoutAccounts {
    private static final Logger LOG = LoggerFactory.getLogger(PayoutAccounts.class);

    private final UnitOfWork unitOfWork;
    private final SellerAccounts accounts;
    private final Contacts contacts;
    private final PayoutEventLog events;
    private final Supplier<PaymentGateway> gateway;
    private final OnboardingSettings onboarding;
    private final Clock clock;

    public PayoutAccounts(
            UnitOfWork unitOfWork,
            SellerAccounts accounts,
            Contacts contacts,
            PayoutEventLog events,
            Supplier<PaymentGateway> gateway,
            OnboardingSettings onboarding,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
        this.contacts = contacts;
        this.events = events;
        this.gateway = gateway;
        this.onboarding = onboarding;
        this.clock = clock;
    }

    /** Where Stripe sends sellers back from onboarding, and the country of new accounts. */
    public record OnboardingSettings(String country, String refreshUrl, String returnUrl) {}

    public Optional<SellerAccount> find(long userId) {
        return accounts.find(userId);
    }

    /** Creates the seller's account or refreshes the one they have, with a new onboarding link. */
    public AccountOpening open(long userId) {
        Optional<SellerAccount> existing = find(userId);
        GatewayResult<ConnectedAccount> account = existing.isPresent()
                ? gateway.get().retrieveConnectedAccount(existing.get().stripeAccountId())
                : gateway.get()
                        .createConnectedAccount(new NewConnectedAccount(
                                email(userId), onboarding.country(), "payout-account-" + userId));
        if (!(account instanceof GatewayResult.Succeeded<ConnectedAccount> succeeded)) {
            LOG.warn("Stripe refused the payout account of user {}: {}", userId, account);
            return new AccountOpening.Refused("Stripe refused the payout account: " + describe(account));
        }
        ConnectedAccount connected = succeeded.value();
        SellerAccount recorded = unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            if (existing.isEmpty()) {
                accounts.insertIfAbsent(userId, connected, now);
            }
            applyState(connected);
            return accounts.find(userId).orElseThrow();
        });
        GatewayResult<AccountLink> link = gateway.get()
                .createAccountLink(new NewAccountLink(
                        recorded.stripeAccountId(),
                        onboarding.refreshUrl(),
                        onboarding.returnUrl(),
                        "account-link-" + UUID.randomUUID()));
        if (!(link instanceof GatewayResult.Succeeded<AccountLink> created)) {
            LOG.warn("Stripe refused an onboarding link for {}: {}", recorded.stripeAccountId(), link);
            return new AccountOpening.Refused("Stripe refused the onboarding link: " + describe(link));
        }
        return new AccountOpening.Opened(recorded, created.value().url());
    }

    /**
     * Records Stripe's flags of a connected account in the current transaction; when payouts have just
     * become enabled, appends {@code seller.payouts_enabled} (the payout function then pays the seller's
     * waiting payouts). False when the account is not one of our sellers'.
     */
    public boolean applyState(ConnectedAccount account) {
        return unitOfWork.inTransaction(() -> applyStateLocked(account));
    }

    private boolean applyStateLocked(ConnectedAccount account) {
        Optional<SellerAccount> before = accounts.lockByStripeAccount(account.id());
        if (before.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        accounts.updateFlags(account, now);
        if (!before.get().payoutsEnabled() && account.payoutsEnabled()) {
            LOG.info("Seller {} can receive payouts now ({})", before.get().userId(), account.id());
            events.sellerPayoutsEnabled(before.get().userId(), account.id(), now);
        }
        return true;
    }

    private String email(long userId) {
        return contacts.emailOf(new UserId(userId))
                .orElseThrow(() -> new IllegalArgumentException("No user " + userId));
    }

    private static String describe(GatewayResult<?> refusal) {
        if (refusal instanceof GatewayResult.Rejected<?> rejected) {
            return rejected.message();
        }
        if (refusal instanceof GatewayResult.Declined<?> declined) {
            return declined.message();
        }
        if (refusal instanceof GatewayResult.IdempotencyConflict<?> conflict) {
            return conflict.message();
        }
        return refusal.toString();
    }
}
