package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.payments.ConnectedAccount;
import java.time.Instant;
import java.util.Optional;

/** Where sellers' Stripe Connect accounts are kept, one per seller; calls join the current transaction. */
public interface SellerAccounts {

    Optional<SellerAccount> find(long userId);

    /** The account, locked until the current transaction ends. */
    Optional<SellerAccount> lockByStripeAccount(String stripeAccountId);

    /** Records the seller's account unless one is recorded already; answers the recorded one. */
    SellerAccount insertIfAbsent(long userId, ConnectedAccount account, Instant at);

    /** Records Stripe's current flags of the account. */
    void updateFlags(ConnectedAccount account, Instant at);
}
