package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.platform.transaction.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sweeper's safety net for lost webhooks: a payment still {@code pending} some minutes after its
 * last change is re-read from Stripe, and what Stripe says is applied the way the webhook would have
 * (a success pays the order, a cancellation cancels the payment). Payments checked and still
 * unsettled are stamped, so each is re-read at most once per {@code settleAfter}; payments older than
 * a week are left alone (their orders were cancelled long ago).
 */
public final class PaymentReconciliation {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentReconciliation.class);
    static final Duration LOOK_BACK = Duration.ofDays(7);

    private final UnitOfWork unitOfWork;
    private final PaymentRecords payments;
    private final PaymentService service;
    private final PaymentSettlement settlement;
    private final PaymentGateway gateway;
    private final Clock clock;
    private final Duration settleAfter;

    public PaymentReconciliation(
            UnitOfWork unitOfWork,
            PaymentRecords payments,
            PaymentService service,
            PaymentSettlement settlement,
            PaymentGateway gateway,
            Clock clock,
            Duration settleAfter) {
        this.unitOfWork = unitOfWork;
        this.payments = payments;
        this.service = service;
        this.settlement = settlement;
        this.gateway = gateway;
        this.clock = clock;
        this.settleAfter = settleAfter;
    }

    /** What one run did: payments re-read, repaired, and whether Stripe could be reached. */
    public record Result(int checked, int repaired, boolean stripeUnavailable) {}

    public Result reconcile(int batch) {
        Instant now = clock.instant();
        List<Payment> due = payments.unsettled(now.minus(settleAfter), now.minus(LOOK_BACK), batch);
        int repaired = 0;
        for (Payment payment : due) {
            GatewayResult<PaymentIntent> read;
            try {
                read = gateway.retrievePaymentIntent(payment.stripePaymentIntentId());
            } catch (PaymentGatewayUnavailable e) {
                LOG.warn("Stripe unreachable; payment reconciliation resumes next sweep: {}", e.getMessage());
                return new Result(due.indexOf(payment), repaired, true);
            }
            Optional<PaymentIntent> intent = read.succeededValue();
            if (intent.isEmpty()) {
                LOG.warn(
                        "Stripe did not return intent {} of payment {}: {}",
                        payment.stripePaymentIntentId(),
                        payment.paymentId(),
                        read);
                continue;
            }
            if (settled(payment, intent.get(), now) || intent.get().status().equals(PaymentIntent.CANCELED)) {
                repaired++;
            }
        }
        return new Result(due.size(), repaired, false);
    }

    /**
     * What the missed webhook would have done, under the payment's row lock; otherwise a stamp. True when
     * a success was settled.
     */
    private boolean settled(Payment stale, PaymentIntent intent, Instant now) {
        return unitOfWork.inTransaction(() -> {
            Payment payment = settlement.lockWithOrder(Optional.of(stale)).orElseThrow();
            if (payment.status() != stale.status()) {
                return false;
            }
            if (intent.status().equals(PaymentIntent.SUCCEEDED)) {
                LOG.warn("Payment {} succeeded at Stripe without a webhook; settling it", payment.paymentId());
                return service.settleSuccess(payment, intent.latestChargeId(), intent.card(), intent.received());
            }
            if (intent.status().equals(PaymentIntent.CANCELED)
                    && settlement.moveTo(payment, PaymentStatus.CANCELLED, now)) {
                LOG.warn("Payment {} was cancelled at Stripe without a webhook", payment.paymentId());
                return false;
            }
            payments.touch(payment.id(), now);
            return false;
        });
    }
}
