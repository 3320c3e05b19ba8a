package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.orders.EnteredStatus;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.OrderSteps;
import com.sneakers.marketplace.payments.PaymentGatewayException;
import com.sneakers.marketplace.platform.redrive.Redrive;
import com.sneakers.marketplace.platform.redrive.RedriveWindow;
import com.sneakers.marketplace.platform.redrive.ScanPosition;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sweeper's re-drive of {@code order.completed}: an order completed longer ago than the grace
 * period that has no payout (its event was lost or dead-lettered) gets it recorded and attempted, as the
 * payout function does. One payout per order (unique {@code order_id}), so a late event changes nothing.
 */
public final class MissedPayouts {
    private static final Logger LOG = LoggerFactory.getLogger(MissedPayouts.class);

    private final Payouts payouts;
    private final PayoutRecords records;
    private final RedriveWindow window;
    private final Clock clock;
    private final Redrive<EnteredStatus> redrive;

    public MissedPayouts(Payouts payouts, PayoutRecords records, OrderSteps orders, RedriveWindow window, Clock clock) {
        this.payouts = payouts;
        this.records = records;
        this.window = window;
        this.clock = clock;
        this.redrive = new Redrive<>(
                "payouts of completed orders",
                (after, until, limit) -> orders.enteredAfter(OrderStatus.COMPLETED, after, until, limit),
                entered -> new ScanPosition(entered.at(), entered.orderId().value()),
                this::withoutPayout,
                this::recordAndAttempt);
    }

    /** Records and attempts the payouts of up to {@code batch} completed orders of the window that have none. */
    public Redrive.Result recordMissing(int batch) {
        Instant now = clock.instant();
        return redrive.run(window.from(now), window.until(now), batch);
    }

    private List<EnteredStatus> withoutPayout(List<EnteredStatus> completed) {
        Set<Long> paidOut = records.ordersWithPayouts(
                completed.stream().map(entered -> entered.orderId().value()).toList());
        return completed.stream()
                .filter(entered -> !paidOut.contains(entered.orderId().value()))
                .toList();
    }

    private boolean recordAndAttempt(EnteredStatus completed) {
        return payouts.recordCompletedOrder(completed.orderId())
                .map(payout -> {
                    try {
                        payouts.attempt(payout.payoutId());
                    } catch (PaymentGatewayException e) {
                        LOG.warn(
                                "Payout {} recorded; Stripe unavailable, retried later: {}",
                                payout.payoutId(),
                                e.toString());
                    }
                    return true;
                })
                .orElse(false);
    }
}
