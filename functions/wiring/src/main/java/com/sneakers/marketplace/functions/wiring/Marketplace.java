package com.sneakers.marketplace.functions.wiring;

import com.sneakers.marketplace.identity.adapter.IdentityModule;
import com.sneakers.marketplace.orders.OrderService;
import com.sneakers.marketplace.orders.Orders;
import com.sneakers.marketplace.orders.adapter.OrdersModule;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.adapter.PaymentsModule;
import com.sneakers.marketplace.payments.payouts.adapter.PayoutsModule;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.reconciliation.MoneyReconciliation;
import com.sneakers.marketplace.trading.Trading;
import com.sneakers.marketplace.trading.adapter.TradingModule;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The one place where the contexts meet: each is built from its own module and handed the others'
 * ports (identity's shipping addresses and trading's relisting to orders, orders' steps to payments and
 * payouts, the payouts' clawback to refunds), all over one database and one outbox. Built on first use, so a function pays only for
 * the contexts it asks for.
 */
public final class Marketplace {
    private final Settings settings;
    private final DataSource database;
    private final Outbox outbox;
    private final PaymentGateway stripe;
    private final Clock clock;
    private OrderService orders;
    private PaymentsModule payments;
    private PayoutsModule payouts;

    public Marketplace(Settings settings, DataSource database, Outbox outbox, PaymentGateway stripe, Clock clock) {
        this.settings = settings;
        this.database = database;
        this.outbox = outbox;
        this.stripe = stripe;
        this.clock = clock;
    }

    public Trading trading() {
        return TradingModule.create(database, outbox, clock);
    }

    public Orders orders() {
        return orderService();
    }

    private synchronized OrderService orderService() {
        if (orders == null) {
            orders = OrdersModule.create(
                    settings,
                    database,
                    outbox,
                    IdentityModule.shippingAddresses(database),
                    TradingModule.askRelisting(database, outbox),
                    clock);
        }
        return orders;
    }

    public synchronized PaymentsModule payments() {
        if (payments == null) {
            payments = PaymentsModule.create(
                    database, stripe, orderService(), payouts().clawback(), outbox, clock);
        }
        return payments;
    }

    /**
     * The money reconciliation over every table; obligations a message or the sweeper settles count as
     * violations once older than {@code RECONCILIATION_GRACE} (default one hour).
     */
    public MoneyReconciliation reconciliation() {
        return new MoneyReconciliation(
                database, clock, Duration.parse(settings.orDefault("RECONCILIATION_GRACE", "PT1H")));
    }

    public synchronized PayoutsModule payouts() {
        if (payouts == null) {
            payouts = PayoutsModule.create(
                    settings, database, () -> stripe, orderService(), IdentityModule.contacts(database), outbox, clock);
        }
        return payouts;
    }
}
