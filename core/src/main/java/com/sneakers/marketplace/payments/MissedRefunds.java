package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.orders.EnteredStatus;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.OrderSteps;
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
 * The sweeper's re-drive of {@code order.cancelled}: an order cancelled longer ago than the grace period
 * whose payment still holds money not asked back (the event was lost or dead-lettered) gets the
 * cancellation's refund, keyed as the cancellation keys it, so a late event refunds nothing twice.
 */
public final class MissedRefunds {
    static final String REASON = "Order cancelled";
    private static final Logger LOG = LoggerFactory.getLogger(MissedRefunds.class);

    private final Payments payments;
    private final PaymentRecords records;
    private final RedriveWindow window;
    private final Clock clock;
    private final Redrive<EnteredStatus> redrive;

    public MissedRefunds(
            Payments payments, PaymentRecords records, OrderSteps orders, RedriveWindow window, Clock clock) {
        this.payments = payments;
        this.records = records;
        this.window = window;
        this.clock = clock;
        this.redrive = new Redrive<>(
                "refunds of cancelled orders",
                (after, until, limit) -> orders.enteredAfter(OrderStatus.CANCELLED, after, until, limit),
                entered -> new ScanPosition(entered.at(), entered.orderId().value()),
                this::owedRefund,
                this::refund);
    }

    /** Refunds up to {@code batch} cancelled orders of the window whose money was not all asked back. */
    public Redrive.Result refundMissing(int batch) {
        Instant now = clock.instant();
        return redrive.run(window.from(now), window.until(now), batch);
    }

    private List<EnteredStatus> owedRefund(List<EnteredStatus> cancelled) {
        Set<Long> owed = records.ordersOwedRefund(
                cancelled.stream().map(entered -> entered.orderId().value()).toList());
        return cancelled.stream()
                .filter(entered -> owed.contains(entered.orderId().value()))
                .toList();
    }

    private boolean refund(EnteredStatus cancelled) {
        RefundResult result = payments.refundCancelledOrder(cancelled.orderId(), REASON);
        if (result instanceof RefundResult.Requested) {
            return true;
        }
        if (result instanceof RefundResult.GatewayRefused refused) {
            throw new IllegalStateException(
                    "Stripe refused the refund of cancelled order " + cancelled.orderId() + ": " + refused);
        }
        LOG.info("Cancelled order {} needed no refund after all: {}", cancelled.orderId(), result);
        return false;
    }
}
