package com.sneakers.marketplace.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.testing.DirectUnitOfWork;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.NoShippingAddresses;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The order rules over in-memory ports: no database, so every rule is checked in milliseconds. */
class OrderServiceTest {
    private static final long SELLER = 20;
    private static final long BUYER = 10;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private final List<Long> relisted = new CopyOnWriteArrayList<>();
    private final OrderService orders = new OrderService(
            store,
            new DirectUnitOfWork(),
            new NoShippingAddresses(),
            (matchId, at) -> relisted.add(matchId.value()),
            FeeSchedule.DEFAULT,
            Deadlines.DEFAULT,
            clock);
    private long matches;

    @Test
    void aSucceededPaymentMovesAPendingOrderToPaidThenProcessing() {
        Order order = pending();

        OrderUpdate update = orders.markPaid(new OrderId(order.id()), "Payment pay_1 succeeded");

        assertThat(update).isInstanceOf(OrderUpdate.Updated.class);
        assertThat(status(order)).isEqualTo(OrderStatus.PROCESSING);
        assertThat(store.history(order.id()))
                .extracting(HistoryEntry::status, HistoryEntry::createdBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.PENDING_PAYMENT, Actor.SYSTEM),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.PAID, Actor.SYSTEM),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.PROCESSING, Actor.SYSTEM));
    }

    @Test
    void aPaymentForAnOrderCancelledMeanwhileMovesNothing() {
        Order order = pending();
        orders.cancel(new Viewer(BUYER, false), order.id(), "changed my mind");

        OrderUpdate update = orders.markPaid(new OrderId(order.id()), "Payment pay_1 succeeded");

        assertThat(update).isInstanceOf(OrderUpdate.WrongStatus.class);
        assertThat(((OrderUpdate.WrongStatus) update).current()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(status(order)).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void aFullRefundMovesTheOrderFromExactlyTheStatusesTheLifecycleCallsRefundable() {
        for (OrderStatus from : OrderStatus.values()) {
            Order order = in(from);

            OrderUpdate update = orders.markRefunded(new OrderId(order.id()), "Payment refunded in full");

            boolean refundable = EnumSet.of(
                            OrderStatus.PAID,
                            OrderStatus.PROCESSING,
                            OrderStatus.SHIPPED,
                            OrderStatus.DELIVERED,
                            OrderStatus.COMPLETED,
                            OrderStatus.CANCELLED)
                    .contains(from);
            assertThat(update)
                    .as(from.wire())
                    .isInstanceOf(refundable ? OrderUpdate.Updated.class : OrderUpdate.WrongStatus.class);
            assertThat(status(order)).as(from.wire()).isEqualTo(refundable ? OrderStatus.REFUNDED : from);
        }
    }

    @Test
    void aBuyerWhoCancelsBeforePayingPutsTheSellersAskBackOnTheBookButASellerDoesNot() {
        Order byBuyer = pending();
        Order bySeller = pending();

        orders.cancel(new Viewer(BUYER, false), byBuyer.id(), "found a better pair");
        orders.cancel(new Viewer(SELLER, false), bySeller.id(), "sold elsewhere");

        assertThat(relisted).containsExactly(byBuyer.matchId());
    }

    @Test
    void anUnpaidOrderIsCancelledByTheSystemOnlyOnceThePaymentDeadlinePasses() {
        Order order = pending();

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(orders.cancelUnpaid(10).count()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(orders.cancelUnpaid(10).count()).isEqualTo(1);

        assertThat(status(order)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(store.history(order.id()).get(1).createdBy()).isEqualTo(Actor.SYSTEM);
        assertThat(relisted).containsExactly(order.matchId());
        assertThat(store.events()).containsExactly("order.created", "order.cancelled");
    }

    @Test
    void aDeliveredOrderCompletesByItselfSevenDaysAfterDelivery() {
        Order order = in(OrderStatus.DELIVERED);

        clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(orders.completeDelivered(10).count()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(orders.completeDelivered(10).count()).isEqualTo(1);

        assertThat(status(order)).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void someoneElsesOrderDoesNotExistForThemAndAPartyCannotTakeTheOtherPartysStep() {
        Order order = in(OrderStatus.SHIPPED);

        assertThat(orders.confirmDelivery(new Viewer(99, false), order.id())).isInstanceOf(OrderUpdate.NotFound.class);
        assertThat(orders.confirmDelivery(new Viewer(SELLER, false), order.id()))
                .isInstanceOf(OrderUpdate.NotAllowed.class);
        assertThat(status(order)).isEqualTo(OrderStatus.SHIPPED);
    }

    private Order pending() {
        matches++;
        return orders.createFromMatch(new MatchCreated(
                        matches, BUYER, SELLER, 1, 2, new BigDecimal("215.00"), "USD", 1, clock.instant()))
                .order();
    }

    /** An order walked to {@code status} along the lifecycle's own steps, as the store records them. */
    private Order in(OrderStatus status) {
        Order order = pending();
        List<OrderStatus> path =
                switch (status) {
                    case PENDING_PAYMENT -> List.of();
                    case PAID -> List.of(OrderStatus.PAID);
                    case PROCESSING -> List.of(OrderStatus.PAID, OrderStatus.PROCESSING);
                    case SHIPPED -> List.of(OrderStatus.PAID, OrderStatus.PROCESSING, OrderStatus.SHIPPED);
                    case DELIVERED, COMPLETED ->
                        List.of(
                                        OrderStatus.PAID,
                                        OrderStatus.PROCESSING,
                                        OrderStatus.SHIPPED,
                                        OrderStatus.DELIVERED,
                                        status)
                                .subList(0, status == OrderStatus.DELIVERED ? 4 : 5);
                    case CANCELLED -> List.of(OrderStatus.CANCELLED);
                    case REFUNDED -> List.of(OrderStatus.PAID, OrderStatus.REFUNDED);
                };
        for (OrderStatus next : path) {
            order = store.transition(order, Change.to(next, Actor.SYSTEM, "test", clock.instant()))
                    .orElseThrow()
                    .order();
        }
        return order;
    }

    private OrderStatus status(Order order) {
        return store.find(order.id()).orElseThrow().status();
    }
}
