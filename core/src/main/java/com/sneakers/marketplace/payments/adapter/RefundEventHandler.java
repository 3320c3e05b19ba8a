package com.sneakers.marketplace.payments.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.PaymentRecords;
import com.sneakers.marketplace.payments.PaymentSettlement;
import com.sneakers.marketplace.payments.Refund;
import com.sneakers.marketplace.payments.RefundStatuses;
import com.sneakers.marketplace.platform.money.Money;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code refund.created} and {@code refund.updated} (one refund) and {@code charge.refunded} (a charge
 * whose refunds changed): the refunds rows take Stripe's word from the refund objects themselves (for a
 * charge, every refund of its PaymentIntent as Stripe lists it, since newer API versions leave them out
 * of the charge), refunds made outside the marketplace included; then the payment's refunded amount and
 * status, the order and the ledger follow.
 */
final class RefundEventHandler implements StripeEventHandler {
    static final String CHARGE_REFUNDED = "charge.refunded";
    static final String REFUND_UPDATED = "refund.updated";
    static final String REFUND_CREATED = "refund.created";

    private final PaymentRecords payments;
    private final PaymentSettlement settlement;
    private final UnknownIntents unknown;
    private final PaymentGateway gateway;
    private final Clock clock;

    RefundEventHandler(
            PaymentRecords payments,
            PaymentSettlement settlement,
            UnknownIntents unknown,
            PaymentGateway gateway,
            Clock clock) {
        this.payments = payments;
        this.settlement = settlement;
        this.unknown = unknown;
        this.gateway = gateway;
        this.clock = clock;
    }

    @Override
    public boolean handles(String eventType) {
        return Set.of(CHARGE_REFUNDED, REFUND_CREATED, REFUND_UPDATED).contains(eventType);
    }

    @Override
    public Outcome handle(Connection transaction, StripeEvent event) throws SQLException {
        JsonNode object = event.object();
        String intentId = object.path("payment_intent").asText("");
        Optional<Payment> found = settlement.lockWithOrder(payments.byIntent(intentId));
        if (found.isEmpty()) {
            return unknown.about(event, object);
        }
        Payment payment = found.get();
        if (CHARGE_REFUNDED.equals(event.type())) {
            List<Refund> refunds = gateway.refundsOf(intentId)
                    .succeededValue()
                    .orElseThrow(() -> new IllegalStateException(
                            "Stripe did not list the refunds of " + intentId + "; the event is retried"));
            for (Refund refund : refunds) {
                record(payment, refund.id(), refund.status(), refund.amountCents(), Optional.empty());
            }
        } else {
            record(
                    payment,
                    object.path("id").asText(),
                    object.path("status").asText(),
                    object.path("amount").asLong(),
                    IntentFacts.metadata(object, "reason"));
        }
        settlement.refundsChanged(payment, null, clock.instant());
        return new Outcome.Applied();
    }

    private void record(Payment payment, String id, String stripeStatus, long cents, Optional<String> reason) {
        String status = RefundStatuses.local(stripeStatus);
        if (!payments.updateRefund(id, status, clock.instant())) {
            payments.insertRefund(
                    payment,
                    id,
                    Money.ofMinorUnits(cents, payment.currency()),
                    reason.orElse(null),
                    status,
                    null,
                    clock.instant());
        }
    }
}
