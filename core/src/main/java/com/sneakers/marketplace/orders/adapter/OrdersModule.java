package com.sneakers.marketplace.orders.adapter;

import com.sneakers.marketplace.identity.adapter.JdbcAddressRepository;
import com.sneakers.marketplace.orders.Deadlines;
import com.sneakers.marketplace.orders.FeeSchedule;
import com.sneakers.marketplace.orders.OrderService;
import com.sneakers.marketplace.orders.Orders;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.trading.adapter.TradingModule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Orders as a function uses it. Fees and deadlines have defaults and can be set per deployment:
 * {@code ORDER_BUYER_FEE_RATE}, {@code ORDER_SELLER_FEE_RATE}, {@code ORDER_SELLER_FEE_MINIMUM} (decimals)
 * and {@code ORDER_PAY_WITHIN}, {@code ORDER_SHIP_WITHIN}, {@code ORDER_COMPLETE_AFTER_DELIVERY} (ISO-8601
 * durations such as {@code PT24H}).
 */
public final class OrdersModule {
    private OrdersModule() {}

    public static Orders create(Settings settings, DataSource dataSource, Clock clock) {
        return new OrderService(
                store(dataSource),
                new IdentityShippingAddresses(new JdbcAddressRepository(dataSource)),
                fees(settings),
                deadlines(settings),
                clock);
    }

    /** The store itself, for writers that move an order inside their own transaction. */
    public static JdbcOrderStore store(DataSource dataSource) {
        return new JdbcOrderStore(dataSource, new OrderEvents(new Outbox()), TradingModule.askRelisting());
    }

    static FeeSchedule fees(Settings settings) {
        FeeSchedule defaults = FeeSchedule.DEFAULT;
        return new FeeSchedule(
                decimal(settings, "ORDER_BUYER_FEE_RATE", defaults.buyerRate()),
                decimal(settings, "ORDER_SELLER_FEE_RATE", defaults.sellerRate()),
                decimal(settings, "ORDER_SELLER_FEE_MINIMUM", defaults.sellerMinimum()));
    }

    static Deadlines deadlines(Settings settings) {
        Deadlines defaults = Deadlines.DEFAULT;
        return new Deadlines(
                duration(settings, "ORDER_PAY_WITHIN", defaults.payWithin()),
                duration(settings, "ORDER_SHIP_WITHIN", defaults.shipWithin()),
                duration(settings, "ORDER_COMPLETE_AFTER_DELIVERY", defaults.completeAfterDelivery()));
    }

    private static BigDecimal decimal(Settings settings, String name, BigDecimal defaultValue) {
        return settings.optional(name).map(BigDecimal::new).orElse(defaultValue);
    }

    private static Duration duration(Settings settings, String name, Duration defaultValue) {
        return settings.optional(name).map(Duration::parse).orElse(defaultValue);
    }
}
