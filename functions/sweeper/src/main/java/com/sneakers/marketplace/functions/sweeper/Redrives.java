package com.sneakers.marketplace.functions.sweeper;

import com.sneakers.marketplace.functions.wiring.Marketplace;
import com.sneakers.marketplace.orders.MissedOrders;
import com.sneakers.marketplace.payments.MissedRefunds;
import com.sneakers.marketplace.payments.payouts.MissedPayouts;
import com.sneakers.marketplace.platform.redrive.Redrive;
import java.util.Map;

/**
 * What a lost or dead-lettered message would have done, redone by the sweep: the order of a match
 * ({@code match.created}), the payout of a completed order ({@code order.completed}) and the refund of a
 * cancelled paid order ({@code order.cancelled}). Each is idempotent and bounded by the batch.
 */
record Redrives(MissedOrders orders, MissedPayouts payouts, MissedRefunds refunds) {

    static Redrives of(Marketplace marketplace) {
        return new Redrives(
                marketplace.missedOrders(), marketplace.payouts().missedPayouts(), marketplace.missedRefunds());
    }

    /** Runs each re-drive once, at most {@code batch} rows each, counting into the sweep's summary. */
    void run(int batch, Map<String, Object> summary) {
        count("orders", orders.createMissing(batch), summary);
        count("payouts", payouts.recordMissing(batch), summary);
        count("refunds", refunds.refundMissing(batch), summary);
    }

    private static void count(String what, Redrive.Result result, Map<String, Object> summary) {
        summary.put(what + "_redriven", result.redriven());
        summary.put(what + "_redrive_failed", result.failed());
    }
}
