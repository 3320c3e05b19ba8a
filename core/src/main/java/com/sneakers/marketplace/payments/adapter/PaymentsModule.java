package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.orders.adapter.OrdersModule;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.Payments;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxRelay;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/** Payments as a function uses it: the use cases, and the webhook handlers of the payments domain. */
public final class PaymentsModule {
    private PaymentsModule() {}

    public static Payments create(DataSource dataSource, PaymentGateway gateway, OutboxRelay relay, Clock clock) {
        return new StripePayments(
                dataSource,
                new PaymentStore(),
                OrdersModule.store(dataSource),
                settlement(dataSource),
                gateway,
                relay,
                clock);
    }

    /** The handlers of payment and refund events, for the webhook processor. */
    public static List<StripeEventHandler> eventHandlers(DataSource dataSource, PaymentGateway gateway, Clock clock) {
        PaymentStore store = new PaymentStore();
        PaymentSettlement settlement = settlement(dataSource);
        UnknownIntents unknown = new UnknownIntents();
        return List.of(
                new PaymentIntentEventHandler(store, settlement, unknown, gateway, clock),
                new RefundEventHandler(store, settlement, unknown, clock));
    }

    /** The sweeper's re-reading of payments whose webhook has not come for {@code settleAfter}. */
    public static PaymentReconciliation reconciliation(
            DataSource dataSource, PaymentGateway gateway, Clock clock, Duration settleAfter) {
        return new PaymentReconciliation(
                dataSource, new PaymentStore(), settlement(dataSource), gateway, clock, settleAfter);
    }

    private static PaymentSettlement settlement(DataSource dataSource) {
        return new PaymentSettlement(
                new PaymentStore(), OrdersModule.store(dataSource), new PaymentEvents(new Outbox()));
    }
}
