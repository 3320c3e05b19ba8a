package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.payments.Card;
import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.PaymentIntent;
import com.sneakers.marketplace.payments.PaymentRecords;
import com.sneakers.marketplace.payments.PaymentService;
import com.sneakers.marketplace.payments.PaymentSettlement;
import com.sneakers.marketplace.payments.PaymentStatus;
import com.sneakers.marketplace.platform.money.Money;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code payment_intent.succeeded}, {@code .payment_failed} and {@code .canceled}: the payment moves
 * forwards only, so late or repeated events change nothing. A success pays the order.
 */
final class PaymentIntentEventHandler implements StripeEventHandler {
    static final String SUCCEEDED = "payment_intent.succeeded";
    static final String FAILED = "payment_intent.payment_failed";
    static final String CANCELED = "payment_intent.canceled";
    private static final Logger LOG = LoggerFactory.getLogger(PaymentIntentEventHandler.class);

    private final PaymentRecords payments;
    private final PaymentService service;
    private final PaymentSettlement settlement;
    private final UnknownIntents unknown;
    private final PaymentGateway gateway;
    private final Clock clock;

    PaymentIntentEventHandler(
            PaymentRecords payments,
            PaymentService service,
            PaymentSettlement settlement,
            UnknownIntents unknown,
            PaymentGateway gateway,
            Clock clock) {
        this.payments = payments;
        this.service = service;
        this.settlement = settlement;
        this.unknown = unknown;
        this.gateway = gateway;
        this.clock = clock;
    }

    @Override
    public boolean handles(String eventType) {
        return Set.of(SUCCEEDED, FAILED, CANCELED).contains(eventType);
    }

    @Override
    public Outcome handle(Connection transaction, StripeEvent event) throws SQLException {
        Optional<Payment> found = settlement.lockWithOrder(payments.byIntent(event.objectId()));
        if (found.isEmpty()) {
            return unknown.about(event, event.object());
        }
        Payment payment = found.get();
        if (SUCCEEDED.equals(event.type())) {
            succeeded(payment, event);
            return new Outcome.Applied();
        }
        PaymentStatus status = FAILED.equals(event.type()) ? PaymentStatus.FAILED : PaymentStatus.CANCELLED;
        if (settlement.moveTo(payment, status, clock.instant())) {
            LOG.info("Payment {} is now {}", payment.paymentId(), status.wire());
        }
        return new Outcome.Applied();
    }

    /**
     * Charge, card and the amount received from the event, or from Stripe when the event's API version
     * (or the emulator) leaves them out.
     */
    private void succeeded(Payment payment, StripeEvent event) {
        Optional<String> chargeId = IntentFacts.chargeId(event.object());
        Optional<Card> card = IntentFacts.card(event.object());
        Optional<Money> received = IntentFacts.received(event.object());
        if (chargeId.isEmpty() || card.isEmpty() || received.isEmpty()) {
            Optional<PaymentIntent> intent =
                    gateway.retrievePaymentIntent(event.objectId()).succeededValue();
            chargeId = chargeId.or(() -> intent.flatMap(PaymentIntent::latestChargeId));
            card = card.or(() -> intent.flatMap(PaymentIntent::card));
            received = received.or(() -> intent.map(PaymentIntent::received));
        }
        service.settleSuccess(
                payment,
                chargeId,
                card,
                received.orElseThrow(() ->
                        new IllegalStateException("Stripe did not say what intent " + event.objectId() + " received")));
    }
}
