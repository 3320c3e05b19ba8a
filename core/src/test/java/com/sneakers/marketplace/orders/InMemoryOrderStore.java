package com.sneakers.marketplace.orders;

import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import com.sneakers.marketplace.platform.redrive.ScanPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Orders in memory, for fast tests of the rules. It keeps the JDBC store's promises (checked by
 * {@link OrderStoreContract}): one order per match, guarded transitions, a history row per step, and
 * deadlines that run from the moment an order entered its status.
 */
public final class InMemoryOrderStore implements OrderStore {
    private final Map<Long, Order> orders = new LinkedHashMap<>();
    private final Map<Long, List<HistoryEntry>> histories = new LinkedHashMap<>();
    private final List<String> events = new ArrayList<>();

    @Override
    public synchronized OrderCreation create(
            MatchCreated match, OrderAmounts amounts, Long shippingAddressId, Instant now) {
        Optional<Order> existing = orders.values().stream()
                .filter(order -> order.matchId() == match.matchId())
                .findFirst();
        if (existing.isPresent()) {
            return new OrderCreation(existing.get(), false);
        }
        long id = orders.size() + 1L;
        Order order = new Order(
                id,
                String.format(
                        "ORD-%d-%06d", now.atZone(java.time.ZoneOffset.UTC).getYear(), id),
                match.matchId(),
                match.buyerId(),
                match.sellerId(),
                match.productId(),
                match.sizeId(),
                amounts,
                match.currency(),
                OrderStatus.PENDING_PAYMENT,
                shippingAddressId,
                new Order.Shipment(null, null),
                null,
                new Order.Timeline(now, null, null, null, null, null, now),
                null);
        orders.put(id, order);
        histories.put(
                id,
                new ArrayList<>(List.of(new HistoryEntry(
                        OrderStatus.PENDING_PAYMENT,
                        "Order created from match " + match.matchId(),
                        Actor.SYSTEM,
                        now))));
        events.add("order.created");
        return new OrderCreation(order, true);
    }

    @Override
    public synchronized Optional<Order> find(long id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public Optional<Order> lock(long id) {
        return find(id);
    }

    @Override
    public synchronized Page<Order> list(OrderQuery query, Paging paging) {
        List<Order> matching = orders.values().stream()
                .filter(order -> query.userId() == null || isTheirs(order, query))
                .filter(order -> query.status() == null || order.status() == query.status())
                .sorted(Comparator.comparing((Order order) -> order.timeline().createdAt())
                        .thenComparing(Order::id)
                        .reversed())
                .toList();
        List<Order> page =
                matching.stream().skip(paging.offset()).limit(paging.pageSize()).toList();
        return new Page<>(page, paging.page(), paging.pageSize(), matching.size());
    }

    @Override
    public synchronized List<HistoryEntry> history(long orderId) {
        return List.copyOf(histories.getOrDefault(orderId, List.of()));
    }

    @Override
    public synchronized Optional<OrderUpdate.Updated> transition(Order current, Change change) {
        Order stored = orders.get(current.id());
        if (stored == null || stored.status() != current.status()) {
            return Optional.empty();
        }
        Order moved = moved(stored, change);
        if (change.dispute() != null) {
            moved = withDispute(moved, change.dispute(), change.at());
        }
        orders.put(moved.id(), moved);
        histories.get(moved.id()).add(new HistoryEntry(change.to(), change.note(), change.actor(), change.at()));
        events.add("order." + change.to().wire());
        return Optional.of(new OrderUpdate.Updated(moved));
    }

    @Override
    public synchronized Optional<Order> resolveDispute(Order current, Dispute.Resolution resolution, String note) {
        Order stored = orders.get(current.id());
        if (stored == null
                || stored.status() != OrderStatus.DISPUTED
                || stored.dispute() == null
                || stored.dispute().isResolved()) {
            return Optional.empty();
        }
        Order resolved = withDispute(stored, stored.dispute().resolved(resolution), resolution.resolvedAt());
        orders.put(resolved.id(), resolved);
        histories
                .get(resolved.id())
                .add(new HistoryEntry(OrderStatus.DISPUTED, note, Actor.ADMIN, resolution.resolvedAt()));
        events.add(OrderEvent.DISPUTE_RESOLVED);
        return Optional.of(resolved);
    }

    @Override
    public synchronized boolean changeShippingAddress(
            long orderId, Set<OrderStatus> statuses, long addressId, Instant now) {
        Order order = orders.get(orderId);
        if (order == null || !statuses.contains(order.status())) {
            return false;
        }
        orders.put(
                orderId,
                copy(
                        order,
                        order.status(),
                        addressId,
                        order.shipment(),
                        order.cancellationReason(),
                        t -> new Order.Timeline(
                                t.createdAt(),
                                t.paidAt(),
                                t.shippedAt(),
                                t.deliveredAt(),
                                t.completedAt(),
                                t.cancelledAt(),
                                now)));
        return true;
    }

    @Override
    public synchronized List<Long> due(OrderStatus status, Instant cutoff, int batch) {
        return orders.values().stream()
                .filter(order -> order.status() == status)
                .filter(order -> enteredAt(order).compareTo(cutoff) <= 0)
                .sorted(Comparator.comparing(InMemoryOrderStore::enteredAt).thenComparing(Order::id))
                .limit(batch)
                .map(Order::id)
                .toList();
    }

    @Override
    public synchronized List<EnteredStatus> enteredAfter(
            OrderStatus status, ScanPosition after, Instant until, int limit) {
        Comparator<EnteredStatus> order = Comparator.comparing(EnteredStatus::at)
                .thenComparing(entered -> entered.orderId().value());
        EnteredStatus start = new EnteredStatus(new OrderId(after.id()), after.at());
        return orders.values().stream()
                .filter(found -> found.status() == status)
                .map(found -> new EnteredStatus(new OrderId(found.id()), enteredAt(found)))
                .filter(entered ->
                        order.compare(entered, start) > 0 && entered.at().isBefore(until))
                .sorted(order)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized Set<Long> matchesWithOrders(Collection<Long> matchIds) {
        return orders.values().stream()
                .map(Order::matchId)
                .filter(matchIds::contains)
                .collect(Collectors.toSet());
    }

    /** Puts the order in {@code status} at once, as a test setting the scene updates the orders table. */
    public synchronized void force(long orderId, OrderStatus status) {
        Order order = orders.get(orderId);
        orders.put(
                orderId,
                copy(order, status, order.shippingAddressId(), order.shipment(), order.cancellationReason(), t -> t));
    }

    /** The detail types of the events the store wrote, oldest first. */
    public synchronized List<String> events() {
        return List.copyOf(events);
    }

    private static boolean isTheirs(Order order, OrderQuery query) {
        if (query.role() == OrderRole.BUYER) {
            return order.buyerId() == query.userId();
        }
        if (query.role() == OrderRole.SELLER) {
            return order.sellerId() == query.userId();
        }
        return order.buyerId() == query.userId() || order.sellerId() == query.userId();
    }

    private static Instant enteredAt(Order order) {
        Order.Timeline t = order.timeline();
        return switch (order.status()) {
            case PENDING_PAYMENT -> t.createdAt();
            case PAID, PROCESSING -> t.paidAt();
            case SHIPPED -> t.shippedAt();
            case DELIVERED -> t.deliveredAt();
            case COMPLETED -> t.completedAt();
            case CANCELLED -> t.cancelledAt();
            default ->
                throw new IllegalArgumentException(
                        "No deadline runs in status " + order.status().wire());
        };
    }

    private static Order moved(Order order, Change change) {
        Instant at = change.at();
        OrderStatus to = change.to();
        return copy(
                order,
                to,
                order.shippingAddressId(),
                change.shipment() != null ? change.shipment() : order.shipment(),
                change.reason() != null ? change.reason() : order.cancellationReason(),
                t -> new Order.Timeline(
                        t.createdAt(),
                        to == OrderStatus.PAID ? at : t.paidAt(),
                        to == OrderStatus.SHIPPED ? at : t.shippedAt(),
                        to == OrderStatus.DELIVERED ? at : t.deliveredAt(),
                        to == OrderStatus.COMPLETED ? at : t.completedAt(),
                        to == OrderStatus.CANCELLED ? at : t.cancelledAt(),
                        at));
    }

    private static Order withDispute(Order order, Dispute dispute, Instant at) {
        return new Order(
                order.id(),
                order.orderNumber(),
                order.matchId(),
                order.buyerId(),
                order.sellerId(),
                order.productId(),
                order.sizeId(),
                order.amounts(),
                order.currency(),
                order.status(),
                order.shippingAddressId(),
                order.shipment(),
                order.cancellationReason(),
                new Order.Timeline(
                        order.timeline().createdAt(),
                        order.timeline().paidAt(),
                        order.timeline().shippedAt(),
                        order.timeline().deliveredAt(),
                        order.timeline().completedAt(),
                        order.timeline().cancelledAt(),
                        at),
                dispute);
    }

    private static Order copy(
            Order order,
            OrderStatus status,
            Long shippingAddressId,
            Order.Shipment shipment,
            String cancellationReason,
            Function<Order.Timeline, Order.Timeline> timeline) {
        return new Order(
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
                shippingAddressId,
                shipment,
                cancellationReason,
                timeline.apply(order.timeline()),
                order.dispute());
    }
}
