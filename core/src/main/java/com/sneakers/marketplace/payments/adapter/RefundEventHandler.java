package com.sneakers.marketplace.payments.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.PaymentRecords;
import com.sneakers.marketplace.payments.PaymentSettlement;
import com.sneakers.marketplace.payments.RefundStatuses;
import com.sneakers.marketplace.platform.money.Money;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code charge.refunded} (a charge with its refunds) and {@code refund.updated} (one refund): the
 * refunds rows take Stripe's statuses (refunds made outside the marketplace are recorded too), then the
 * payment's refunded amount and status are recomputed from them.
 */
final class RefundEventHandler implements StripeEventHandler {
    static final String CHARGE_REFUNDED = "charge.refunded";
    static final String REFUND_UPDATED = "refund.updated";

    private final PaymentRecords payments;
    private final PaymentSettlement settlement;
    private final UnknownIntents unknown;
    private final Clock clock;

    RefundEventHandler(PaymentRecords payments, PaymentSettlement settlement, UnknownIntents unknown, Clock clock) {
        this.payments = payments;
        this.settlement = settlement;
        this.unknown = unknown;
        this.clock = clock;
    }

    @Override
    public boolean handles(String eventType) {
        return Set.of(CHARGE_REFUNDED, REFUND_UPDATED).contains(eventType);
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
        List<JsonNode> refunds = new ArrayList<>();
        if (CHARGE_REFUNDED.equals(event.type())) {
            object.path("refunds").path("data").forEach(refunds::add);
        } else {
            refunds.add(object);
        }
        for (JsonNode refund : refunds) {
            record(payment, refund);
        }
        settlement.refundsChanged(payment, null, clock.instant());
        return new Outcome.Applied();
    }

    private void record(Payment payment, JsonNode refund) {
        String id = refund.path("id").asText();
        String status = RefundStatuses.local(refund.path("status").asText());
        if (!payments.updateRefund(id, status, clock.instant())) {
            payments.insertRefund(
                    payment,
                    id,
                    Money.ofMinorUnits(refund.path("amount").asLong(), payment.currency()),
                    IntentFacts.metadata(refund, "reason").orElse(null),
                    status,
                    null,
                    clock.instant());
        }
    }
}
