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
    private static final long ADMIN = 30;
    private static final Viewer AS_BUYER = new Viewer(BUYER, false);
    private static final Viewer AS_ADMIN = new Viewer(ADMIN, true);

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
                            OrderStatus.CANCELLED,
                            OrderStatus.DISPUTED)
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
    void aShippedOrderIsAssumedDeliveredByTheSystemFourteenDaysAfterShipment() {
        Order order = in(OrderStatus.SHIPPED);

        clock.advance(Duration.ofDays(14).minusSeconds(1));
        assertThat(orders.assumeDelivered(10).count()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(orders.assumeDelivered(10).count()).isEqualTo(1);

        assertThat(status(order)).isEqualTo(OrderStatus.DELIVERED);
        assertThat(lastHistory(order))
                .isEqualTo(new HistoryEntry(
                        OrderStatus.DELIVERED,
                        "Delivery assumed 14 days after shipment",
                        Actor.SYSTEM,
                        clock.instant()));
        assertThat(store.events()).last().isEqualTo("order.delivered");
    }

    @Test
    void anAssumedDeliveryCompletesSevenDaysLaterLikeAConfirmedOne() {
        Order order = in(OrderStatus.SHIPPED);
        clock.advance(Duration.ofDays(14));
        orders.assumeDelivered(10);

        clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(orders.completeDelivered(10).count()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(orders.completeDelivered(10).count()).isEqualTo(1);

        assertThat(status(order)).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void theAssumedDeliveryWaitsAsLongAsItsDeadlineSays() {
        OrderService patient = new OrderService(
                store,
                new DirectUnitOfWork(),
                new NoShippingAddresses(),
                (matchId, at) -> {},
                FeeSchedule.DEFAULT,
                new Deadlines(Duration.ofHours(24), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(30)),
                clock);
        Order order = in(OrderStatus.SHIPPED);

        clock.advance(Duration.ofDays(29));
        assertThat(patient.assumeDelivered(10).count()).isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(patient.assumeDelivered(10).count()).isEqualTo(1);

        assertThat(lastHistory(order).note()).isEqualTo("Delivery assumed 30 days after shipment");
    }

    @Test
    void theBuyerDisputesAShippedOrADeliveredOrderInTheirOwnWords() {
        for (OrderStatus from : List.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED)) {
            Order order = in(from);

            OrderUpdate update =
                    orders.dispute(AS_BUYER, order.id(), "not_received", "  Tracking says delivered, nothing came ");

            assertThat(update).as(from.wire()).isInstanceOf(OrderUpdate.Updated.class);
            Order disputed = ((OrderUpdate.Updated) update).order();
            assertThat(disputed.status()).isEqualTo(OrderStatus.DISPUTED);
            assertThat(disputed.dispute())
                    .isEqualTo(Dispute.opened(
                            DisputeReason.NOT_RECEIVED,
                            "Tracking says delivered, nothing came",
                            BUYER,
                            clock.instant()));
            assertThat(lastHistory(order))
                    .isEqualTo(new HistoryEntry(
                            OrderStatus.DISPUTED, "Disputed by the buyer: not_received", Actor.BUYER, clock.instant()));
            assertThat(store.events()).last().isEqualTo("order.disputed");
        }
    }

    @Test
    void theSameReportAgainChangesNothingAndADifferentOneIsRefused() {
        Order order = in(OrderStatus.DELIVERED);
        Order first = updated(orders.dispute(AS_BUYER, order.id(), "not_as_described", "Fake pair"));
        int events = store.events().size();
        clock.advance(Duration.ofMinutes(5));

        OrderUpdate same = orders.dispute(AS_BUYER, order.id(), "not_as_described", "Fake pair ");
        OrderUpdate other = orders.dispute(AS_BUYER, order.id(), "not_received", "Never came");

        assertThat(updated(same)).isEqualTo(first);
        assertThat(other).isInstanceOf(OrderUpdate.WrongStatus.class);
        assertThat(((OrderUpdate.WrongStatus) other).current()).isEqualTo(OrderStatus.DISPUTED);
        assertThat(store.events()).hasSize(events);
        assertThat(store.find(order.id()).orElseThrow()).isEqualTo(first);
    }

    @Test
    void onlyTheBuyerDisputesAndSomeoneElsesOrderDoesNotExistForThem() {
        Order order = in(OrderStatus.SHIPPED);

        assertThat(orders.dispute(new Viewer(SELLER, false), order.id(), "not_received", "x"))
                .isInstanceOf(OrderUpdate.NotAllowed.class);
        assertThat(orders.dispute(AS_ADMIN, order.id(), "not_received", "x"))
                .isInstanceOf(OrderUpdate.NotAllowed.class);
        assertThat(orders.dispute(new Viewer(99, false), order.id(), "not_received", "x"))
                .isInstanceOf(OrderUpdate.NotFound.class);
        assertThat(status(order)).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void repeatingTheBuyersReportIsTheBuyersAloneToo() {
        Order order = disputed();

        assertThat(orders.dispute(new Viewer(SELLER, false), order.id(), "not_as_described", "Fake pair"))
                .isInstanceOf(OrderUpdate.NotAllowed.class);
        assertThat(orders.dispute(AS_ADMIN, order.id(), "not_as_described", "Fake pair"))
                .isInstanceOf(OrderUpdate.NotAllowed.class);
    }

    @Test
    void anOrderIsDisputedOnlyBetweenShipmentAndCompletion() {
        for (OrderStatus from : List.of(OrderStatus.PROCESSING, OrderStatus.COMPLETED, OrderStatus.CANCELLED)) {
            Order order = in(from);

            OrderUpdate update = orders.dispute(AS_BUYER, order.id(), "not_received", "Where is it?");

            assertThat(update).as(from.wire()).isInstanceOf(OrderUpdate.WrongStatus.class);
            assertThat(status(order)).isEqualTo(from);
        }
    }

    @Test
    void aReportNamesAKnownReasonAndSaysWhatIsWrongInBoundedWords() {
        Order order = in(OrderStatus.SHIPPED);

        assertThat(orders.dispute(AS_BUYER, order.id(), "too_slow", "x"))
                .isEqualTo(new OrderUpdate.Invalid(
                        java.util.Map.of("reason", "must be one of not_received, not_as_described")));
        assertThat(orders.dispute(AS_BUYER, order.id(), "not_received", "  "))
                .isEqualTo(new OrderUpdate.Invalid(java.util.Map.of("details", "is required")));
        assertThat(orders.dispute(AS_BUYER, order.id(), "not_received", "x".repeat(2001)))
                .isEqualTo(new OrderUpdate.Invalid(java.util.Map.of("details", "must be at most 2000 characters")));
        assertThat(status(order)).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void aDisputedOrderIsNeitherAssumedDeliveredNorCompletedByTheSweeper() {
        Order wasShipped = in(OrderStatus.SHIPPED);
        Order wasDelivered = in(OrderStatus.DELIVERED);
        orders.dispute(AS_BUYER, wasShipped.id(), "not_received", "Nothing came");
        orders.dispute(AS_BUYER, wasDelivered.id(), "not_as_described", "Wrong size");

        clock.advance(Duration.ofDays(60));

        assertThat(orders.assumeDelivered(10).count()).isZero();
        assertThat(orders.completeDelivered(10).count()).isZero();
        assertThat(status(wasShipped)).isEqualTo(OrderStatus.DISPUTED);
        assertThat(status(wasDelivered)).isEqualTo(OrderStatus.DISPUTED);
    }

    @Test
    void anAdminWhoFindsForTheSellerCompletesTheOrderAsANormalCompletionWould() {
        Order order = disputed();
        clock.advance(Duration.ofDays(2));

        Order completed =
                updated(orders.resolveDispute(AS_ADMIN, order.id(), DisputeOutcome.COMPLETED, " Signed for "));

        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(completed.timeline().completedAt()).isEqualTo(clock.instant());
        assertThat(completed.dispute().resolution())
                .isEqualTo(new Dispute.Resolution(DisputeOutcome.COMPLETED, ADMIN, clock.instant(), "Signed for"));
        assertThat(store.events()).endsWith("order.disputed", "order.dispute_resolved", "order.completed");
        List<HistoryEntry> history = store.history(order.id());
        assertThat(history.subList(history.size() - 2, history.size()))
                .containsExactly(
                        new HistoryEntry(
                                OrderStatus.DISPUTED,
                                "Dispute resolved (completed): Signed for",
                                Actor.ADMIN,
                                clock.instant()),
                        new HistoryEntry(
                                OrderStatus.COMPLETED,
                                "Completed on the dispute's resolution",
                                Actor.ADMIN,
                                clock.instant()));
    }

    @Test
    void anAdminWhoFindsForTheBuyerLeavesTheOrderDisputedUntilTheRefundSettles() {
        Order order = disputed();

        Order resolved = updated(orders.resolveDispute(AS_ADMIN, order.id(), DisputeOutcome.REFUNDED, "Fake pair"));
        OrderUpdate refunded = orders.markRefunded(new OrderId(order.id()), "Payment refunded in full");

        assertThat(resolved.status()).isEqualTo(OrderStatus.DISPUTED);
        assertThat(resolved.dispute().resolution().outcome()).isEqualTo(DisputeOutcome.REFUNDED);
        assertThat(lastHistory(order).status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(updated(refunded).status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(store.find(order.id()).orElseThrow().dispute().resolution().note())
                .isEqualTo("Fake pair");
        assertThat(store.history(order.id()))
                .extracting(HistoryEntry::note)
                .contains("Dispute resolved (refunded): Fake pair; full refund requested");
    }

    @Test
    void theSameResolutionAgainChangesNothingAndAnotherIsRefused() {
        Order completedOne = disputed();
        Order refundedOne = disputed();
        Order completed = updated(orders.resolveDispute(AS_ADMIN, completedOne.id(), DisputeOutcome.COMPLETED, "ok"));
        Order refunding = updated(orders.resolveDispute(AS_ADMIN, refundedOne.id(), DisputeOutcome.REFUNDED, "ok"));
        int events = store.events().size();
        clock.advance(Duration.ofMinutes(1));

        assertThat(updated(orders.resolveDispute(AS_ADMIN, completedOne.id(), DisputeOutcome.COMPLETED, "again")))
                .isEqualTo(completed);
        assertThat(updated(orders.resolveDispute(AS_ADMIN, refundedOne.id(), DisputeOutcome.REFUNDED, "again")))
                .isEqualTo(refunding);
        assertThat(orders.resolveDispute(AS_ADMIN, completedOne.id(), DisputeOutcome.REFUNDED, "changed my mind"))
                .isInstanceOf(OrderUpdate.WrongStatus.class);
        assertThat(orders.resolveDispute(AS_ADMIN, refundedOne.id(), DisputeOutcome.COMPLETED, "changed my mind"))
                .isInstanceOf(OrderUpdate.WrongStatus.class);
        assertThat(store.events()).hasSize(events);
    }

    @Test
    void onlyAnAdminResolvesADisputeAndOnlyOneThatExists() {
        Order order = disputed();
        Order shipped = in(OrderStatus.SHIPPED);

        assertThat(orders.resolveDispute(AS_BUYER, order.id(), DisputeOutcome.REFUNDED, "please"))
                .isInstanceOf(OrderUpdate.NotAllowed.class);
        assertThat(orders.resolveDispute(AS_ADMIN, 999, DisputeOutcome.REFUNDED, "who?"))
                .isInstanceOf(OrderUpdate.NotFound.class);
        assertThat(orders.resolveDispute(AS_ADMIN, shipped.id(), DisputeOutcome.COMPLETED, "nothing to resolve"))
                .isInstanceOf(OrderUpdate.WrongStatus.class);
        assertThat(orders.resolveDispute(AS_ADMIN, order.id(), DisputeOutcome.COMPLETED, " "))
                .isEqualTo(new OrderUpdate.Invalid(java.util.Map.of("note", "is required")));
        assertThat(status(order)).isEqualTo(OrderStatus.DISPUTED);
        assertThat(status(shipped)).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void anAdminCannotStepADisputedOrderPastItsDispute() {
        Order order = disputed();

        OrderUpdate update = orders.override(AS_ADMIN, order.id(), OrderStatus.COMPLETED, "closing it");

        assertThat(update).isInstanceOf(OrderUpdate.WrongStatus.class);
        assertThat(status(order)).isEqualTo(OrderStatus.DISPUTED);
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
                    case DISPUTED ->
                        List.of(OrderStatus.PAID, OrderStatus.PROCESSING, OrderStatus.SHIPPED, OrderStatus.DISPUTED);
                };
        for (OrderStatus next : path) {
            order = store.transition(order, Change.to(next, Actor.SYSTEM, "test", clock.instant()))
                    .orElseThrow()
                    .order();
        }
        return order;
    }

    private Order disputed() {
        Order order = in(OrderStatus.DELIVERED);
        return updated(orders.dispute(AS_BUYER, order.id(), "not_as_described", "Fake pair"));
    }

    private static Order updated(OrderUpdate update) {
        assertThat(update).isInstanceOf(OrderUpdate.Updated.class);
        return ((OrderUpdate.Updated) update).order();
    }

    private HistoryEntry lastHistory(Order order) {
        List<HistoryEntry> history = store.history(order.id());
        return history.get(history.size() - 1);
    }

    private OrderStatus status(Order order) {
        return store.find(order.id()).orElseThrow().status();
    }
}
