package com.sneakers.marketplace.payments.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.payments.CardDispute;
import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.PaymentRecords;
import com.sneakers.marketplace.payments.PaymentSettlement;
import com.sneakers.marketplace.platform.money.Money;
import java.sql.Connection;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * {@code charge.dispute.*}: a card dispute of one of our payments, read from the dispute object itself
 * (amount, currency, status), which every one of these events carries whole.
 */
final class DisputeEventHandler implements StripeEventHandler {
    static final Set<String> EVENTS = Set.of(
            "charge.dispute.created",
            "charge.dispute.updated",
            "charge.dispute.closed",
            "charge.dispute.funds_withdrawn",
            "charge.dispute.funds_reinstated");

    private final PaymentRecords payments;
    private final PaymentSettlement settlement;
    private final UnknownIntents unknown;
    private final Clock clock;

    DisputeEventHandler(PaymentRecords payments, PaymentSettlement settlement, UnknownIntents unknown, Clock clock) {
        this.payments = payments;
        this.settlement = settlement;
        this.unknown = unknown;
        this.clock = clock;
    }

    @Override
    public boolean handles(String eventType) {
        return EVENTS.contains(eventType);
    }

    @Override
    public Outcome handle(Connection transaction, StripeEvent event) {
        JsonNode dispute = event.object();
        Optional<Payment> found = settlement.lockWithOrder(
                payments.byIntent(dispute.path("payment_intent").asText("")));
        if (found.isEmpty()) {
            return unknown.about(event, dispute);
        }
        settlement.disputeChanged(
                found.get(),
                new CardDispute(
                        event.objectId(),
                        Money.ofMinorUnits(
                                dispute.path("amount").asLong(),
                                dispute.path("currency").asText()),
                        dispute.path("reason").asText(null),
                        dispute.path("status").asText("")),
                clock.instant());
        return new Outcome.Applied();
    }
}
