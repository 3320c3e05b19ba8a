package com.sneakers.marketplace.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.platform.paging.Paging;
import com.sneakers.marketplace.platform.redrive.ScanPosition;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrderStore} promises, run against the in-memory store and the JDBC store alike,
 * so the fast domain tests over the former say something true about the latter.
 */
public abstract class OrderStoreContract {
    protected static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    protected abstract OrderStore store();

    /** A fresh match between two new users. */
    protected abstract MatchCreated newMatch();

    private Order created(Instant at) {
        MatchCreated match = newMatch();
        OrderAmounts amounts = FeeSchedule.DEFAULT.amountsFor(match.price(), match.quantity());
        OrderCreation creation = store().create(match, amounts, null, at);
        assertThat(creation.created()).isTrue();
        return creation.order();
    }

    private Order walked(Order order, Instant at, OrderStatus... steps) {
        for (OrderStatus step : steps) {
            Change change = Change.to(step, Actor.SYSTEM, "test", at);
            if (step == OrderStatus.SHIPPED) {
                change = change.shipping(new Order.Shipment(Carrier.DHL, "1234567890"));
            }
            order = store().transition(order, change).orElseThrow().order();
        }
        return order;
    }

    private Order disputed(Instant at) {
        Order shipped = walked(created(at), at, OrderStatus.PAID, OrderStatus.PROCESSING, OrderStatus.SHIPPED);
        Dispute dispute = Dispute.opened(DisputeReason.NOT_AS_DESCRIBED, "The box is empty", shipped.buyerId(), at);
        return store().transition(
                        shipped,
                        Change.to(OrderStatus.DISPUTED, Actor.BUYER, "Disputed by the buyer: not_as_described", at)
                                .disputing(dispute))
                .orElseThrow()
                .order();
    }

    @Test
    void aDisputeOpensWithItsTransitionAndIsReadBackWithTheOrderEveryWay() {
        Instant at = T0.plusSeconds(60);
        Order disputed = disputed(at);
        Dispute expected = Dispute.opened(DisputeReason.NOT_AS_DESCRIBED, "The box is empty", disputed.buyerId(), at);

        assertThat(disputed.status()).isEqualTo(OrderStatus.DISPUTED);
        assertThat(disputed.dispute()).isEqualTo(expected);
        assertThat(store().find(disputed.id()).orElseThrow().dispute()).isEqualTo(expected);
        assertThat(store().lock(disputed.id()).orElseThrow().dispute()).isEqualTo(expected);
        assertThat(store().list(
                                new OrderQuery(disputed.buyerId(), OrderRole.BUYER, OrderStatus.DISPUTED),
                                new Paging(1, 20))
                        .items())
                .extracting(Order::dispute)
                .containsExactly(expected);
        assertThat(store().history(disputed.id()))
                .last()
                .isEqualTo(new HistoryEntry(
                        OrderStatus.DISPUTED, "Disputed by the buyer: not_as_described", Actor.BUYER, at));
    }

    @Test
    void anOrderWithoutADisputeShowsNone() {
        assertThat(store().find(created(T0).id()).orElseThrow().dispute()).isNull();
    }

    @Test
    void aDisputeIsResolvedOnceAndItsOrderKeepsItsStatus() {
        Order disputed = disputed(T0);
        Instant at = T0.plus(Duration.ofDays(1));
        Dispute.Resolution refund =
                new Dispute.Resolution(DisputeOutcome.REFUNDED, disputed.sellerId(), at, "Empty box");

        var resolved = store().resolveDispute(disputed, refund, "Dispute resolved (refunded): Empty box");
        var again = store().resolveDispute(
                        disputed,
                        new Dispute.Resolution(DisputeOutcome.COMPLETED, disputed.sellerId(), at.plusSeconds(1), "No"),
                        "Dispute resolved (completed): No");

        assertThat(resolved).isPresent();
        assertThat(resolved.get().status()).isEqualTo(OrderStatus.DISPUTED);
        assertThat(resolved.get().dispute().resolution()).isEqualTo(refund);
        assertThat(resolved.get().timeline().updatedAt()).isEqualTo(at);
        assertThat(again).isEmpty();
        assertThat(store().find(disputed.id()).orElseThrow().dispute().resolution())
                .isEqualTo(refund);
        assertThat(store().history(disputed.id()))
                .last()
                .isEqualTo(new HistoryEntry(
                        OrderStatus.DISPUTED, "Dispute resolved (refunded): Empty box", Actor.ADMIN, at));
    }

    @Test
    void anOrderThatIsNotDisputedHasNoDisputeToResolve() {
        Order shipped = walked(created(T0), T0, OrderStatus.PAID, OrderStatus.PROCESSING, OrderStatus.SHIPPED);

        var resolved = store().resolveDispute(
                        shipped,
                        new Dispute.Resolution(DisputeOutcome.COMPLETED, shipped.sellerId(), T0, "nothing to resolve"),
                        "Dispute resolved (completed): nothing to resolve");

        assertThat(resolved).isEmpty();
        assertThat(store().find(shipped.id()).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void shippedOrdersFallDueByTheirShipmentTime() {
        Order shipped = walked(
                created(T0),
                T0.plus(Duration.ofDays(1)),
                OrderStatus.PAID,
                OrderStatus.PROCESSING,
                OrderStatus.SHIPPED);

        assertThat(store().due(OrderStatus.SHIPPED, T0.plus(Duration.ofHours(23)), 10))
                .doesNotContain(shipped.id());
        assertThat(store().due(OrderStatus.SHIPPED, T0.plus(Duration.ofDays(1)), 10))
                .contains(shipped.id());
    }

    @Test
    void aMatchMakesOneOrderHoweverOftenItArrives() {
        MatchCreated match = newMatch();
        OrderAmounts amounts = FeeSchedule.DEFAULT.amountsFor(match.price(), match.quantity());

        OrderCreation first = store().create(match, amounts, null, T0);
        OrderCreation again = store().create(match, amounts, null, T0.plusSeconds(5));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.order().id()).isEqualTo(first.order().id());
        assertThat(first.order().status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(first.order().amounts().totalAmount()).isEqualByComparingTo(amounts.totalAmount());
        assertThat(store().history(first.order().id()))
                .containsExactly(new HistoryEntry(
                        OrderStatus.PENDING_PAYMENT, "Order created from match " + match.matchId(), Actor.SYSTEM, T0));
    }

    @Test
    void aTransitionFromAStatusTheOrderHasLeftChangesNothing() {
        Order pending = created(T0);

        var paid = store().transition(pending, Change.to(OrderStatus.PAID, Actor.SYSTEM, "paid", T0.plusSeconds(1)));
        var stale = store().transition(
                        pending, Change.to(OrderStatus.CANCELLED, Actor.BUYER, "too late", T0.plusSeconds(2)));

        assertThat(paid).isPresent();
        assertThat(paid.get().order().status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.get().order().timeline().paidAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(stale).isEmpty();
        assertThat(store().find(pending.id()).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
        assertThat(store().history(pending.id()))
                .extracting(HistoryEntry::status)
                .containsExactly(OrderStatus.PENDING_PAYMENT, OrderStatus.PAID);
    }

    @Test
    void aCancellationKeepsItsReasonTimeAndHistoryRow() {
        Order pending = created(T0);

        Order cancelled = store().transition(
                        pending,
                        Change.to(OrderStatus.CANCELLED, Actor.BUYER, "changed my mind", T0.plusSeconds(60))
                                .cancelling("changed my mind", true))
                .orElseThrow()
                .order();

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.cancellationReason()).isEqualTo("changed my mind");
        assertThat(cancelled.timeline().cancelledAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(store().history(pending.id()))
                .last()
                .isEqualTo(new HistoryEntry(OrderStatus.CANCELLED, "changed my mind", Actor.BUYER, T0.plusSeconds(60)));
    }

    @Test
    void aRedriveScansTheOrdersThatEnteredAStatusInAWindowInTimeThenIdOrder() {
        Instant t = T0.plus(Duration.ofDays(40));
        Order first = cancelled(created(t), t.plusSeconds(10));
        Order second = cancelled(created(t), t.plusSeconds(10));
        Order later = cancelled(created(t), t.plusSeconds(70));
        Order pending = created(t.plusSeconds(20));

        List<EnteredStatus> window =
                store().enteredAfter(OrderStatus.CANCELLED, ScanPosition.before(t), t.plusSeconds(60), 100);
        List<EnteredStatus> afterFirst = store().enteredAfter(
                        OrderStatus.CANCELLED, new ScanPosition(t.plusSeconds(10), first.id()), t.plusSeconds(60), 100);

        assertThat(window)
                .extracting(entered -> entered.orderId().value())
                .containsSubsequence(first.id(), second.id())
                .doesNotContain(later.id(), pending.id());
        assertThat(window).contains(new EnteredStatus(new OrderId(first.id()), t.plusSeconds(10)));
        assertThat(afterFirst)
                .extracting(entered -> entered.orderId().value())
                .contains(second.id())
                .doesNotContain(first.id());
        assertThat(store().enteredAfter(OrderStatus.CANCELLED, ScanPosition.before(t), t.plusSeconds(60), 1))
                .hasSize(1);
    }

    @Test
    void whichMatchesHaveTheirOrderIsKnown() {
        Order order = created(T0);
        MatchCreated orphan = newMatch();

        assertThat(store().matchesWithOrders(List.of(order.matchId(), orphan.matchId())))
                .containsExactly(order.matchId());
        assertThat(store().matchesWithOrders(List.of())).isEmpty();
    }

    private Order cancelled(Order order, Instant at) {
        return store().transition(
                        order,
                        Change.to(OrderStatus.CANCELLED, Actor.SYSTEM, "not paid", at)
                                .cancelling("not paid", false))
                .orElseThrow()
                .order();
    }

    @Test
    void deadlinesRunFromWhenTheOrderEnteredItsStatusOldestFirst() {
        Order older = created(T0);
        Order newer = created(T0.plus(Duration.ofHours(1)));

        assertThat(store().due(OrderStatus.PENDING_PAYMENT, T0.plus(Duration.ofMinutes(30)), 10))
                .contains(older.id())
                .doesNotContain(newer.id());
        assertThat(store().due(OrderStatus.PENDING_PAYMENT, T0.plus(Duration.ofHours(2)), 10))
                .containsSubsequence(older.id(), newer.id());
        assertThat(store().due(OrderStatus.PAID, T0.plus(Duration.ofHours(2)), 10))
                .doesNotContain(older.id(), newer.id());
    }

    @Test
    void aUserListsTheirOwnOrdersByRole() {
        Order order = created(T0);

        var asBuyer = store().list(new OrderQuery(order.buyerId(), OrderRole.BUYER, null), new Paging(1, 20));
        var asSeller = store().list(new OrderQuery(order.buyerId(), OrderRole.SELLER, null), new Paging(1, 20));
        var cancelledOnly =
                store().list(new OrderQuery(order.buyerId(), null, OrderStatus.CANCELLED), new Paging(1, 20));

        assertThat(asBuyer.items()).extracting(Order::id).containsExactly(order.id());
        assertThat(asBuyer.total()).isEqualTo(1);
        assertThat(asSeller.items()).isEmpty();
        assertThat(cancelledOnly.items()).isEmpty();
    }

    protected static BigDecimal price(String value) {
        return new BigDecimal(value);
    }
}
