package com.sneakers.marketplace.testing;

import com.sneakers.marketplace.identity.adapter.IdentityModule;
import com.sneakers.marketplace.orders.OrderService;
import com.sneakers.marketplace.orders.adapter.OrdersModule;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.adapter.PaymentsModule;
import com.sneakers.marketplace.payments.payouts.adapter.PayoutsModule;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.trading.adapter.TradingModule;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Core's contexts joined through their ports with default settings, for core's own tests (the
 * functions join them in {@code functions.wiring.Marketplace}, which core cannot see).
 */
public final class TestContexts {
    private static final Settings DEFAULTS = new Settings(Map.of());

    private TestContexts() {}

    /** Orders, asking identity for addresses and trading to relist; also the {@code OrderSteps} port. */
    public static OrderService orders(DataSource database, Outbox outbox, Clock clock) {
        return OrdersModule.create(
                DEFAULTS,
                database,
                outbox,
                IdentityModule.shippingAddresses(database),
                TradingModule.askRelisting(database, outbox),
                clock);
    }

    public static PaymentsModule payments(DataSource database, Outbox outbox, PaymentGateway stripe, Clock clock) {
        return PaymentsModule.create(
                database,
                stripe,
                orders(database, outbox, clock),
                payouts(database, outbox, stripe, clock).clawback(),
                outbox,
                clock);
    }

    public static PayoutsModule payouts(DataSource database, Outbox outbox, PaymentGateway stripe, Clock clock) {
        return PayoutsModule.create(
                DEFAULTS,
                database,
                () -> stripe,
                orders(database, outbox, clock),
                IdentityModule.contacts(database),
                outbox,
                clock);
    }
}
