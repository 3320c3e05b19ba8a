package com.sneakers.marketplace.payments.payouts;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The payout events appended, as their detail types and reasons, oldest first. */
final class RecordingPayoutEventLog implements PayoutEventLog {
    /** One event: its detail type, the payout or seller it is about, and its reason or the seller's account. */
    record Logged(String type, String about, String detail) {}

    private final List<Logged> logged = new CopyOnWriteArrayList<>();

    @Override
    public void payoutMoved(Payout payout, String reason, Instant at) {
        logged.add(new Logged(PayoutEvent.typeOf(payout.status()), payout.payoutId(), reason));
    }

    @Override
    public void sellerPayoutsEnabled(long sellerId, String stripeAccountId, Instant at) {
        logged.add(new Logged(SellerPayoutsEnabledEvent.TYPE, Long.toString(sellerId), stripeAccountId));
    }

    List<Logged> logged() {
        return List.copyOf(logged);
    }

    List<String> types() {
        return logged.stream().map(Logged::type).toList();
    }
}
