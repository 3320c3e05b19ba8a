package com.sneakers.marketplace.orders;

import static com.sneakers.marketplace.orders.Actor.ADMIN;
import static com.sneakers.marketplace.orders.Actor.BUYER;
import static com.sneakers.marketplace.orders.Actor.SELLER;
import static com.sneakers.marketplace.orders.Actor.SYSTEM;
import static com.sneakers.marketplace.orders.OrderStatus.CANCELLED;
import static com.sneakers.marketplace.orders.OrderStatus.COMPLETED;
import static com.sneakers.marketplace.orders.OrderStatus.DELIVERED;
import static com.sneakers.marketplace.orders.OrderStatus.PAID;
import static com.sneakers.marketplace.orders.OrderStatus.PENDING_PAYMENT;
import static com.sneakers.marketplace.orders.OrderStatus.PROCESSING;
import static com.sneakers.marketplace.orders.OrderStatus.REFUNDED;
import static com.sneakers.marketplace.orders.OrderStatus.SHIPPED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The order lifecycle in one table: every allowed transition and who may make it. Payment and refund
 * facts come from Stripe, so only the system records them; shipping needs a tracking number, so only
 * the seller ships; an admin may make any other transition.
 */
public final class Lifecycle {
    private static final Map<OrderStatus, Map<OrderStatus, Set<Actor>>> ALLOWED = new EnumMap<>(OrderStatus.class);

    static {
        allow(PENDING_PAYMENT, PAID, SYSTEM);
        allow(PENDING_PAYMENT, CANCELLED, BUYER, SELLER, ADMIN, SYSTEM);
        allow(PAID, PROCESSING, SYSTEM, ADMIN);
        allow(PAID, CANCELLED, BUYER, SELLER, ADMIN, SYSTEM);
        allow(PROCESSING, SHIPPED, SELLER);
        allow(PROCESSING, CANCELLED, BUYER, SELLER, ADMIN, SYSTEM);
        allow(SHIPPED, DELIVERED, BUYER, ADMIN, SYSTEM);
        allow(DELIVERED, COMPLETED, BUYER, ADMIN, SYSTEM);
        for (OrderStatus refundable : EnumSet.of(PAID, PROCESSING, SHIPPED, DELIVERED, COMPLETED, CANCELLED)) {
            allow(refundable, REFUNDED, SYSTEM);
        }
    }

    private Lifecycle() {}

    /** Whether {@code actor} may move an order from {@code from} to {@code to}, and if not, why not. */
    public static Verdict check(OrderStatus from, OrderStatus to, Actor actor) {
        Set<Actor> actors = ALLOWED.getOrDefault(from, Map.of()).get(to);
        if (actors == null) {
            return Verdict.ILLEGAL;
        }
        return actors.contains(actor) ? Verdict.ALLOWED : Verdict.NOT_THIS_ACTOR;
    }

    /** The statuses an order can move to from {@code from}, by anyone. */
    public static Set<OrderStatus> next(OrderStatus from) {
        Set<OrderStatus> next = EnumSet.noneOf(OrderStatus.class);
        next.addAll(ALLOWED.getOrDefault(from, Map.of()).keySet());
        return next;
    }

    private static void allow(OrderStatus from, OrderStatus to, Actor... actors) {
        ALLOWED.computeIfAbsent(from, status -> new EnumMap<>(OrderStatus.class))
                .put(to, Set.of(actors));
    }

    public enum Verdict {
        ALLOWED,
        /** The lifecycle has no such step from the current status. */
        ILLEGAL,
        /** The step exists but belongs to someone else. */
        NOT_THIS_ACTOR
    }
}
