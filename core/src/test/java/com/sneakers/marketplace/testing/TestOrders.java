package com.sneakers.marketplace.testing;

import com.sneakers.marketplace.orders.MatchCreated;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.adapter.OrdersModule;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.trading.Match;
import com.sneakers.marketplace.trading.PlaceOffer;
import com.sneakers.marketplace.trading.PlaceResult;
import com.sneakers.marketplace.trading.adapter.TradingModule;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Orders made by a real trade: waiting for payment, or moved by hand to where payouts start
 * (completed, paid by a charge).
 */
public final class TestOrders {
    private static final AtomicInteger TRADES = new AtomicInteger();

    private final DataSource database;
    private final TestRows rows;
    private final Clock clock;

    public TestOrders(DataSource database, Clock clock) {
        this.database = database;
        this.rows = new TestRows(database);
        this.clock = clock;
    }

    /** A {@code completed} order at {@code price}; its seller payout follows the default fees. */
    public Order completed(String price) {
        return completed(pendingPayment(price));
    }

    /** A {@code completed} order at {@code price} sold by {@code seller}, an existing user. */
    public Order completed(String price, long seller) {
        return completed(pendingPayment(price, seller));
    }

    /** A new order at {@code price}, waiting for its payment. */
    public Order pendingPayment(String price) {
        return pendingPayment(price, rows.user("seller" + TRADES.incrementAndGet()));
    }

    private Order completed(Order made) {
        status(made.id(), "completed");
        return OrdersModule.store(database, new Outbox()).find(made.id()).orElseThrow();
    }

    private Order pendingPayment(String price, long seller) {
        int trade = TRADES.incrementAndGet();
        Outbox outbox = new Outbox();
        var trading = TradingModule.create(database, outbox, clock);
        long buyer = rows.user("buyer" + trade);
        long product = rows.product("SKU-" + trade);
        PlaceOffer offer = new PlaceOffer(product, rows.size(product, "10"), new BigDecimal(price), 1, 30);
        trading.placeAsk(seller, offer);
        Match match =
                ((PlaceResult.Placed) trading.placeBid(buyer, offer)).matches().get(0);
        return TestContexts.orders(database, outbox, clock)
                .createFromMatch(new MatchCreated(
                        match.id(),
                        buyer,
                        seller,
                        product,
                        match.sizeId(),
                        new BigDecimal(price),
                        "USD",
                        1,
                        clock.instant()))
                .order();
    }

    public void status(long orderId, String status) {
        rows.execute("UPDATE orders SET status = ? WHERE id = ?", status, orderId);
    }

    /** What the payments side records when the buyer's payment succeeds. */
    public void charged(Order order, String chargeId) {
        rows.execute(
                "INSERT INTO payments (payment_id, order_id, user_id, amount, currency, status, stripe_charge_id)"
                        + " VALUES (?, ?, ?, ?, ?, 'succeeded', ?)",
                "pay_" + order.id(),
                order.id(),
                order.buyerId(),
                order.amounts().totalAmount(),
                order.currency(),
                chargeId);
    }

    public void sellerAccount(long sellerId, String stripeAccountId, boolean payoutsEnabled) {
        rows.execute(
                "INSERT INTO seller_accounts (user_id, stripe_account_id, payouts_enabled, details_submitted)"
                        + " VALUES (?, ?, ?, ?)",
                sellerId,
                stripeAccountId,
                payoutsEnabled,
                payoutsEnabled);
    }
}
