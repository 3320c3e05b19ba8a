package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.orders.OrderSteps;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.PaymentReconciliation;
import com.sneakers.marketplace.payments.PaymentRecords;
import com.sneakers.marketplace.payments.PaymentService;
import com.sneakers.marketplace.payments.PaymentSettlement;
import com.sneakers.marketplace.payments.Payments;
import com.sneakers.marketplace.payments.SellerClawback;
import com.sneakers.marketplace.payments.ledger.Ledger;
import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * Payments as a function uses it: the use cases, the webhook handlers of the payments domain and the
 * sweeper's reconciliation, over Postgres, the outbox and Stripe. Orders are settled through the orders
 * context's {@link OrderSteps} port.
 */
public final class PaymentsModule {
    private final Transactions transactions;
    private final PaymentRecords records;
    private final PaymentGateway gateway;
    private final OrderSteps orders;
    private final PaymentSettlement settlement;
    private final Ledger ledger;
    private final PaymentService service;
    private final Clock clock;

    private PaymentsModule(
            DataSource dataSource,
            PaymentGateway gateway,
            OrderSteps orders,
            SellerClawback clawback,
            Outbox outbox,
            Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.records = new JdbcPaymentRecords(dataSource);
        this.gateway = gateway;
        this.orders = orders;
        this.ledger = new JdbcLedger(dataSource);
        this.settlement = new PaymentSettlement(records, orders, new PaymentEvents(dataSource, outbox), ledger);
        this.clock = clock;
        this.service = new PaymentService(transactions, records, orders, settlement, gateway, clawback, clock);
    }

    /** Payments, settling orders through {@link OrderSteps} and taking refunds back from payouts through {@code clawback}. */
    public static PaymentsModule create(
            DataSource dataSource,
            PaymentGateway gateway,
            OrderSteps orders,
            SellerClawback clawback,
            Outbox outbox,
            Clock clock) {
        return new PaymentsModule(dataSource, gateway, orders, clawback, outbox, clock);
    }

    public Payments payments() {
        return service;
    }

    /** The money ledger the payments journal into, for its balances. */
    public Ledger ledger() {
        return ledger;
    }

    /** The handlers of payment and refund events, for the webhook processor. */
    public List<StripeEventHandler> eventHandlers() {
        UnknownIntents unknown = new UnknownIntents(orders);
        return List.of(
                new PaymentIntentEventHandler(records, service, settlement, unknown, gateway, clock),
                new RefundEventHandler(records, settlement, unknown, clock));
    }

    /** The sweeper's re-reading of payments whose webhook has not come for {@code settleAfter}. */
    public PaymentReconciliation reconciliation(Duration settleAfter) {
        return new PaymentReconciliation(transactions, records, service, settlement, gateway, clock, settleAfter);
    }
}
