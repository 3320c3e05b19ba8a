package com.sneakers.marketplace.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The matching rules written the plainest way, in memory, for one book: the engine is checked against
 * it. Orders are known by their index in placement order.
 */
public final class ReferenceBook {
    private final List<Resting> orders = new ArrayList<>();

    /** One pairing: the bid's and ask's indexes, the price and the quantity. */
    public record Fill(int bid, int ask, BigDecimal price, int quantity) {}

    /** Places the order and returns its fills in execution order; its index is the number of orders before it. */
    public List<Fill> place(Side side, long user, BigDecimal price, int quantity, Instant expiresAt, Instant now) {
        Resting order = new Resting(orders.size(), side, user, price, quantity, expiresAt);
        orders.add(order);
        List<Fill> fills = new ArrayList<>();
        Optional<Resting> counter;
        while (order.remaining > 0 && (counter = bestCounter(order, now)).isPresent()) {
            Resting resting = counter.get();
            int filled = Math.min(order.remaining, resting.remaining);
            order.remaining -= filled;
            resting.remaining -= filled;
            fills.add(
                    side == Side.BID
                            ? new Fill(order.index, resting.index, resting.price, filled)
                            : new Fill(resting.index, order.index, resting.price, filled));
        }
        return fills;
    }

    /** Cancels the order for its owner: the result names the status it shows when it cannot be cancelled. */
    public CancelResult cancel(int index, long user, Instant now) {
        Resting order = orders.get(index);
        if (order.user != user) {
            return new CancelResult.NotFound();
        }
        OrderStatus status = status(index, now);
        if (!status.isLive()) {
            return new CancelResult.NotCancellable(status);
        }
        order.cancelled = true;
        return new CancelResult.Cancelled(null);
    }

    public OrderStatus status(int index, Instant now) {
        Resting order = orders.get(index);
        if (order.remaining == 0) {
            return OrderStatus.MATCHED;
        }
        if (order.cancelled) {
            return OrderStatus.CANCELLED;
        }
        if (!order.expiresAt.isAfter(now)) {
            return OrderStatus.EXPIRED;
        }
        return order.remaining == order.quantity ? OrderStatus.ACTIVE : OrderStatus.PARTIALLY_FILLED;
    }

    public int remaining(int index) {
        return orders.get(index).remaining;
    }

    public int size() {
        return orders.size();
    }

    private Optional<Resting> bestCounter(Resting order, Instant now) {
        Comparator<Resting> byPrice = Comparator.comparing(resting -> resting.price);
        Comparator<Resting> priority =
                (order.side == Side.BID ? byPrice : byPrice.reversed()).thenComparingInt(resting -> resting.index);
        return orders.stream()
                .filter(resting -> resting.side != order.side)
                .filter(resting -> resting.user != order.user)
                .filter(resting -> status(resting.index, now).isLive())
                .filter(resting -> crosses(order, resting))
                .min(priority);
    }

    private static boolean crosses(Resting order, Resting resting) {
        int comparison = order.price.compareTo(resting.price);
        return order.side == Side.BID ? comparison >= 0 : comparison <= 0;
    }

    /** An order and what is left of it. Placement order stands in for time, as the clock never goes back. */
    private static final class Resting {
        final int index;
        final Side side;
        final long user;
        final BigDecimal price;
        final int quantity;
        final Instant expiresAt;
        int remaining;
        boolean cancelled;

        Resting(int index, Side side, long user, BigDecimal price, int quantity, Instant expiresAt) {
            this.index = index;
            this.side = side;
            this.user = user;
            this.price = price;
            this.quantity = quantity;
            this.expiresAt = expiresAt;
            this.remaining = quantity;
        }
    }
}
