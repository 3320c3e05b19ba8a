package com.sneakers.marketplace.payments.payouts;

import java.time.Instant;

/** Where payouts tell the other contexts what happened, in the current transaction. */
public interface PayoutEventLog {

    /** {@code payout.<status>}, with why it moved. */
    void payoutMoved(Payout payout, String reason, Instant at);

    /** {@code seller.payouts_enabled}: the seller's waiting payouts can be paid now. */
    void sellerPayoutsEnabled(long sellerId, String stripeAccountId, Instant at);
}
