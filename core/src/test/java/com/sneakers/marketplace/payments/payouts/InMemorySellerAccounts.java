package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.payments.ConnectedAccount;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sellers' accounts in memory, for fast tests of the rules. It keeps the JDBC accounts' promises
 * (checked by {@link SellerAccountsContract}): one account per seller, the first one recorded kept, and
 * flags updated by the Stripe account's id.
 */
public final class InMemorySellerAccounts implements SellerAccounts {
    private final Map<Long, SellerAccount> accounts = new LinkedHashMap<>();

    @Override
    public synchronized Optional<SellerAccount> find(long userId) {
        return Optional.ofNullable(accounts.get(userId));
    }

    @Override
    public synchronized Optional<SellerAccount> lockByStripeAccount(String stripeAccountId) {
        return accounts.values().stream()
                .filter(account -> account.stripeAccountId().equals(stripeAccountId))
                .findFirst();
    }

    @Override
    public synchronized SellerAccount insertIfAbsent(long userId, ConnectedAccount account, Instant at) {
        return accounts.computeIfAbsent(
                userId,
                id -> new SellerAccount(
                        id,
                        account.id(),
                        account.payoutsEnabled(),
                        account.chargesEnabled(),
                        account.detailsSubmitted()));
    }

    @Override
    public synchronized void updateFlags(ConnectedAccount account, Instant at) {
        lockByStripeAccount(account.id())
                .ifPresent(recorded -> accounts.put(
                        recorded.userId(),
                        new SellerAccount(
                                recorded.userId(),
                                account.id(),
                                account.payoutsEnabled(),
                                account.chargesEnabled(),
                                account.detailsSubmitted())));
    }
}
