package com.sneakers.marketplace.functions.sweeper;

import com.sneakers.marketplace.functions.wiring.FunctionRuntime;
import com.sneakers.marketplace.functions.wiring.Marketplace;
import com.sneakers.marketplace.orders.Orders;
import com.sneakers.marketplace.payments.PaymentReconciliation;
import com.sneakers.marketplace.payments.payouts.Payouts;
import com.sneakers.marketplace.payments.payouts.Reconciliation;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.health.DependencyChecks;
import com.sneakers.marketplace.platform.lifecycle.PrimingReads;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxRelay;
import com.sneakers.marketplace.reconciliation.MoneyReconciliation;
import com.sneakers.marketplace.reconciliation.Violation;
import com.sneakers.marketplace.trading.Trading;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * The scheduled rule's target: the timed work of the marketplace, in bounded batches. Orders delivered
 * a week ago complete, unpaid orders past the payment deadline and paid ones past the ship-by
 * deadline are cancelled, bids and asks past their expiry expire, payments whose webhook never came
 * and payouts left waiting or stuck are reconciled with Stripe, and outbox events their writers did not
 * publish are relayed. Every step is a guarded update, so overlapping sweeps never move anything twice.
 * The hourly rule's {@code {"task": "reconcile"}} runs the money reconciliation instead: each violation
 * is logged and their number published as the {@code MoneyInvariantViolations} metric, which alarms.
 */
public final class Sweeper implements Function<Map<String, Object>, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(Sweeper.class);
    static final String RECONCILE_KEY = "task";
    static final String RECONCILE = "reconcile";
    static final int OUTBOX_BATCH = 100;
    static final int EXPIRY_BATCH = 500;
    static final int ORDER_BATCH = 100;
    static final int PAYOUT_BATCH = 20;
    static final int PAYMENT_BATCH = 20;
    /** A webhook later than this after the last change of a payment is taken as lost. */
    static final Duration PAYMENT_SETTLES_WITHIN = Duration.ofMinutes(10);

    private final OutboxRelay outboxRelay;
    private final Trading trading;
    private final Orders orders;
    private final Payouts payouts;
    private final PaymentReconciliation payments;
    private final Supplier<MoneyReconciliation> reconciliation;
    private final IntConsumer violationsMetric;
    private final Clock clock;
    private final Runnable primingReads;

    Sweeper(
            OutboxRelay outboxRelay,
            Trading trading,
            Orders orders,
            Payouts payouts,
            PaymentReconciliation payments,
            Supplier<MoneyReconciliation> reconciliation,
            IntConsumer violationsMetric,
            Clock clock,
            Runnable primingReads) {
        this.outboxRelay = outboxRelay;
        this.trading = trading;
        this.orders = orders;
        this.payouts = payouts;
        this.payments = payments;
        this.reconciliation = reconciliation;
        this.violationsMetric = violationsMetric;
        this.clock = clock;
        this.primingReads = primingReads;
    }

    static Sweeper wire(Settings settings) {
        FunctionRuntime runtime = FunctionRuntime.from(settings);
        Clock clock = runtime.clock();
        Marketplace marketplace = runtime.marketplace();
        return new Sweeper(
                new OutboxRelay(runtime.database(), new Outbox(), runtime.publisher(), clock),
                marketplace.trading(),
                marketplace.orders(),
                marketplace.payouts().payouts(),
                marketplace.payments().reconciliation(PAYMENT_SETTLES_WITHIN),
                marketplace::reconciliation,
                Sweeper::publishViolations,
                clock,
                new PrimingReads(List.of(
                        DependencyChecks.database(runtime.database()),
                        DependencyChecks.eventBridge(runtime.eventBridge(), runtime.busName()))));
    }

    private Map<String, Object> reconcileMoney() {
        MoneyReconciliation.Report report = reconciliation.get().check();
        for (Violation violation : report.violations()) {
            LOG.error(
                    "Money invariant {} violated by {}: {}",
                    violation.invariant(),
                    violation.subject(),
                    violation.detail());
        }
        violationsMetric.accept(report.violations().size());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("invariants_checked", report.invariantsChecked());
        summary.put("money_invariant_violations", report.violations().size());
        LOG.info("Reconciliation done: {}", summary);
        return summary;
    }

    /** As an embedded-metric log line (namespace and service from the Powertools settings). */
    private static void publishViolations(int violations) {
        Metrics metrics = MetricsFactory.getMetricsInstance();
        metrics.addMetric("MoneyInvariantViolations", violations, MetricUnit.COUNT);
        metrics.flush();
    }

    /** SnapStart warm-up: a sweep writes, so priming only reads (the database and the event bus). */
    public void prime() {
        primingReads.run();
    }

    @Override
    public Map<String, Object> apply(Map<String, Object> scheduledEvent) {
        if (RECONCILE.equals(scheduledEvent.get(RECONCILE_KEY))) {
            return reconcileMoney();
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("orders_completed", orders.completeDelivered(ORDER_BATCH).count());
        summary.put("unpaid_orders_cancelled", orders.cancelUnpaid(ORDER_BATCH).count());
        summary.put(
                "unshipped_orders_cancelled",
                orders.cancelUnshipped(ORDER_BATCH).count());
        summary.put("bids_and_asks_expired", trading.expireDue(clock.instant(), EXPIRY_BATCH));
        PaymentReconciliation.Result paymentRepairs = payments.reconcile(PAYMENT_BATCH);
        summary.put("payments_checked", paymentRepairs.checked());
        summary.put("payments_repaired", paymentRepairs.repaired());
        Reconciliation payoutRepairs = payouts.reconcile(clock.instant(), PAYOUT_BATCH);
        summary.put("payouts_paid", payoutRepairs.paid());
        summary.put("payouts_failed", payoutRepairs.failed());
        summary.put("payouts_waiting", payoutRepairs.waiting());
        summary.put("payouts_stripe_unavailable", payoutRepairs.stripeUnavailable());
        summary.put("payouts_stuck", payoutRepairs.stuck());
        summary.put("payouts_errors", payoutRepairs.errors());
        try {
            OutboxRelay.Result relayed = outboxRelay.relayDue(OUTBOX_BATCH);
            summary.put("outbox_published", relayed.published());
            summary.put("outbox_failed", relayed.failed());
        } catch (SQLException e) {
            throw new IllegalStateException("The sweep could not reach the outbox", e);
        }
        LOG.info("Sweep done: {}", summary);
        return summary;
    }
}
