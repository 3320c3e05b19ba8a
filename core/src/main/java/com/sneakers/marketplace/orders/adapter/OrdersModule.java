package com.sneakers.marketplace.orders.adapter;

import com.sneakers.marketplace.identity.ShippingAddresses;
import com.sneakers.marketplace.orders.Deadlines;
import com.sneakers.marketplace.orders.FeeSchedule;
import com.sneakers.marketplace.orders.MissedOrders;
import com.sneakers.marketplace.orders.OrderService;
import com.sneakers.marketplace.orders.OrderStore;
import com.sneakers.marketplace.orders.Orders;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.redrive.RedriveWindow;
import com.sneakers.marketplace.trading.AskRelisting;
import com.sneakers.marketplace.trading.MatchHistory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Orders as a function uses it. Fees and deadlines have defaults and can be set per deployment:
 * {@code ORDER_BUYER_FEE_RATE}, {@code ORDER_SELLER_FEE_RATE}, {@code ORDER_SELLER_FEE_MINIMUM} (decimals)
 * and {@code ORDER_PAY_WITHIN}, {@code ORDER_SHIP_WITHIN}, {@code ORDER_COMPLETE_AFTER_DELIVERY}, {@code
 * ORDER_ASSUME_DELIVERED_AFTER} (ISO-8601 durations such as {@code PT24H}).
 */
public final class OrdersModule {
    private OrdersModule() {}

    /**
     * Orders over Postgres and {@code outbox}, asking identity for shipping addresses and trading to
     * relist the asks of orders that fall through. The service is also the {@link
     * com.sneakers.marketplace.orders.OrderSteps} port the payments context settles orders through.
     */
    public static OrderService create(
            Settings settings,
            DataSource dataSource,
            Outbox outbox,
            ShippingAddresses addresses,
            AskRelisting relisting,
            Clock clock) {
        return new OrderService(
                store(dataSource, outbox),
                new Transactions(dataSource),
                addresses,
                relisting,
                fees(settings),
                deadlines(settings),
                clock);
    }

    /**
     * The sweeper's re-drive of orders whose {@code match.created} was lost, reading trading's matches
     * through {@code matches}; the window from {@code REDRIVE_GRACE} and {@code REDRIVE_LOOKBACK}.
     */
    public static MissedOrders missedOrders(
            Settings settings, DataSource dataSource, Orders orders, MatchHistory matches, Clock clock) {
        return new MissedOrders(orders, store(dataSource, new Outbox()), matches, RedriveWindow.from(settings), clock);
    }

    /** The store alone, for reading orders back in tests and tools. */
    public static OrderStore store(DataSource dataSource, Outbox outbox) {
        return new JdbcOrderStore(dataSource, new OrderEvents(outbox));
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
                duration(settings, "ORDER_COMPLETE_AFTER_DELIVERY", defaults.completeAfterDelivery()),
                duration(settings, "ORDER_ASSUME_DELIVERED_AFTER", defaults.assumeDeliveredAfter()));
    }

    private static BigDecimal decimal(Settings settings, String name, BigDecimal defaultValue) {
        return settings.optional(name).map(BigDecimal::new).orElse(defaultValue);
    }

    private static Duration duration(Settings settings, String name, Duration defaultValue) {
        return settings.optional(name).map(Duration::parse).orElse(defaultValue);
    }
}
