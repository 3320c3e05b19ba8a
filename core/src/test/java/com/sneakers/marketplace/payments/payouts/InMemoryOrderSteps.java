package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.orders.FeeSchedule;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.OrderSteps;
import com.sneakers.marketplace.orders.OrderUpdate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Orders as payouts see them: values a test makes {@link #completed} and moves by hand (as the ITs
 * update the orders table), since payouts only read and lock orders.
 */
final class InMemoryOrderSteps implements OrderSteps {
    private static final Instant CREATED = Instant.parse("2026-11-01T12:00:00Z");

    private final Map<Long, Order> orders = new LinkedHashMap<>();

    /** A completed order of {@code sellerId} at {@code price}; its seller payout follows the default fees. */
    synchronized Order completed(long sellerId, String price) {
        long id = orders.size() + 1L;
        Order order = new Order(
                id,
                String.format("ORD-2026-%06d", id),
                id,
                9000 + id,
                sellerId,
                1,
                1,
                FeeSchedule.DEFAULT.amountsFor(new BigDecimal(price), 1),
                "USD",
                OrderStatus.COMPLETED,
                null,
                null,
                null,
                new Order.Timeline(CREATED, CREATED, CREATED, CREATED, CREATED, null, CREATED));
        orders.put(id, order);
        return order;
    }

    /** Puts the order in {@code status}, as a step of the orders context would have. */
    synchronized void status(long orderId, OrderStatus status) {
        Order order = orders.get(orderId);
        orders.put(
                orderId,
                new Order(
                        order.id(),
                        order.orderNumber(),
                        order.matchId(),
                        order.buyerId(),
                        order.sellerId(),
                        order.productId(),
                        order.sizeId(),
                        order.amounts(),
                        order.currency(),
                        status,
                        order.shippingAddressId(),
                        order.shipment(),
                        order.cancellationReason(),
                        order.timeline()));
    }

    @Override
    public synchronized Optional<Order> find(OrderId orderId) {
        return Optional.ofNullable(orders.get(orderId.value()));
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
    public OrderUpdate markRefunded(OrderId orderId, String note) {
        throw new UnsupportedOperationException("payouts never refund an order");
    }
}
