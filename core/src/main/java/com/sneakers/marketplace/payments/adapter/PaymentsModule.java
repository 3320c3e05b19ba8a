package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.orders.OrderSteps;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.Payments;
import com.sneakers.marketplace.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * Payments as a function uses it: the use cases, the webhook handlers of the payments domain and the
 * sweeper's reconciliation. Orders are settled through the orders context's {@link OrderSteps} port.
 */
public final class PaymentsModule {
    private final DataSource dataSource;
    private final PaymentGateway gateway;
    private final OrderSteps orders;
    private final PaymentSettlement settlement;
    private final Clock clock;

    private PaymentsModule(
            DataSource dataSource, PaymentGateway gateway, OrderSteps orders, Outbox outbox, Clock clock) {
        this.dataSource = dataSource;
        this.gateway = gateway;
        this.orders = orders;
        this.settlement = new PaymentSettlement(new PaymentStore(), orders, new PaymentEvents(outbox));
        this.clock = clock;
    }

    public static PaymentsModule create(
            DataSource dataSource, PaymentGateway gateway, OrderSteps orders, Outbox outbox, Clock clock) {
        return new PaymentsModule(dataSource, gateway, orders, outbox, clock);
    }

    public Payments payments() {
        return new StripePayments(dataSource, new PaymentStore(), orders, settlement, gateway, clock);
    }

    /** The handlers of payment and refund events, for the webhook processor. */
    public List<StripeEventHandler> eventHandlers() {
        PaymentStore store = new PaymentStore();
        UnknownIntents unknown = new UnknownIntents();
        return List.of(
                new PaymentIntentEventHandler(store, settlement, unknown, gateway, clock),
                new RefundEventHandler(store, settlement, unknown, clock));
    }

    /** The sweeper's re-reading of payments whose webhook has not come for {@code settleAfter}. */
    public PaymentReconciliation reconciliation(Duration settleAfter) {
        return new PaymentReconciliation(dataSource, new PaymentStore(), settlement, gateway, clock, settleAfter);
    }
}
