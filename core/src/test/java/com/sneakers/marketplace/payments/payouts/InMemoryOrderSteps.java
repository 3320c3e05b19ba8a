package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.orders.EnteredStatus;
import com.sneakers.marketplace.orders.FeeSchedule;
import com.sneakers.marketplace.orders.InMemoryOrderStore;
import com.sneakers.marketplace.orders.MatchCreated;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.OrderSteps;
import com.sneakers.marketplace.orders.OrderUpdate;
import com.sneakers.marketplace.platform.redrive.ScanPosition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Orders as payouts see them: orders a test makes {@link #completed} and moves by hand (as the ITs
 * update the orders table), since payouts only read and lock orders.
 */
final class InMemoryOrderSteps implements OrderSteps {
    private static final Instant CREATED = Instant.parse("2026-11-01T12:00:00Z");

    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private long matches;

    /** A completed order of {@code sellerId} at {@code price}; its seller payout follows the default fees. */
    synchronized Order completed(long sellerId, String price) {
        matches++;
        MatchCreated match =
                new MatchCreated(matches, 9000 + matches, sellerId, 1, 1, new BigDecimal(price), "USD", 1, CREATED);
        Order order = store.create(match, FeeSchedule.DEFAULT.amountsFor(match.price(), 1), null, CREATED)
                .order();
        store.force(order.id(), OrderStatus.COMPLETED);
        return store.find(order.id()).orElseThrow();
    }

    /** Puts the order in {@code status}, as a step of the orders context would have. */
    void status(long orderId, OrderStatus status) {
        store.force(orderId, status);
    }

    @Override
    public Optional<Order> find(OrderId orderId) {
        return store.find(orderId.value());
    }

    @Override
    public Optional<Order> lock(OrderId orderId) {
        return find(orderId);
    }

    @Override
    public OrderUpdate markPaid(OrderId orderId, String note) {
        throw new UnsupportedOperationException("payouts never mark an order paid");
    }

    @Override
    public List<EnteredStatus> enteredAfter(OrderStatus status, ScanPosition after, Instant until, int limit) {
        return store.enteredAfter(status, after, until, limit);
    }

    @Override
    public OrderUpdate markRefunded(OrderId orderId, String note) {
        throw new UnsupportedOperationException("payouts never refund an order");
    }
}
