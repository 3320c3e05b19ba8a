package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.identity.UserId;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Paying sellers for completed orders with Stripe Connect transfers: the port functions and routes use. */
public interface Payouts {

    /** The completed order's one payout; empty (and nothing made) when the order is not completed. */
    Optional<Payout> recordCompletedOrder(OrderId orderId);

    /** Transfers a {@code pending} payout if it may be paid now. */
    PayoutAttempt attempt(String payoutId);

    /** Attempts every {@code pending} payout of the seller. */
    List<PayoutAttempt> attemptPendingOf(UserId sellerId);

    /**
     * An admin's re-drive of a failed payout: pending again under a new transfer generation, attempted
     * at once. A payout in any other status is left alone.
     */
    PayoutRedrive retry(String payoutId);

    /**
     * Repairs what lost attempts and missed webhooks left behind, and attempts again the payouts whose
     * planned retry is due, at most {@code batch} of each kind.
     */
    Reconciliation reconcile(Instant now, int batch);

    Page<Payout> listOfSeller(long sellerId, PayoutStatus status, Paging paging);
}
