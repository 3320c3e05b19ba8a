package com.sneakers.marketplace.orders;

import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import com.sneakers.marketplace.platform.redrive.ScanPosition;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where orders live. Every change writes its history row and its event with it, in the current
 * transaction if there is one, else in a transaction of its own.
 */
public interface OrderStore {

    /** The match's order: inserted with its first history row and {@code order.created}, or the existing one. */
    OrderCreation create(MatchCreated match, OrderAmounts amounts, Long shippingAddressId, Instant now);

    Optional<Order> find(long id);

    /** The order, locked until the current transaction ends. */
    Optional<Order> lock(long id);

    Page<Order> list(OrderQuery query, Paging paging);

    List<HistoryEntry> history(long orderId);

    /**
     * Applies the change if the order is still in {@code current}'s status; empty when it is not
     * (another transition won), and then nothing changed. A change with a dispute opens it.
     */
    Optional<OrderUpdate.Updated> transition(Order current, Change change);

    /**
     * Records how the order's dispute was resolved, with a history row ({@code note}, by an admin) and
     * {@code order.dispute_resolved}, if the order is still disputed and its dispute unresolved; empty
     * when not, and then nothing changed. The order's status stays as it is.
     */
    Optional<Order> resolveDispute(Order current, Dispute.Resolution resolution, String note);

    /** Sets the shipping address if the order is still in one of {@code statuses}; false if not. */
    boolean changeShippingAddress(long orderId, Set<OrderStatus> statuses, long addressId, Instant now);

    /** Ids of up to {@code batch} orders in {@code status} that entered it before {@code cutoff}, oldest first. */
    List<Long> due(OrderStatus status, Instant cutoff, int batch);

    /**
     * Up to {@code limit} orders still in {@code status} that entered it after {@code after} and before
     * {@code until}, in (time, id) order.
     */
    List<EnteredStatus> enteredAfter(OrderStatus status, ScanPosition after, Instant until, int limit);

    /** Which of {@code matchIds} have their order. */
    Set<Long> matchesWithOrders(Collection<Long> matchIds);
}
