package com.sneakers.marketplace.orders.adapter;

import static com.sneakers.marketplace.orders.adapter.OrdersFixture.as;
import static com.sneakers.marketplace.orders.adapter.OrdersFixture.updated;
import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.orders.Actor;
import com.sneakers.marketplace.orders.HistoryEntry;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.Orders;
import com.sneakers.marketplace.trading.PlaceOffer;
import com.sneakers.marketplace.trading.PlaceResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The sweeper's rules for orders, driven by moving the clock. */
class TimedTransitionsIT {
    private static final int BATCH = 50;

    private final OrdersFixture fixture = new OrdersFixture();
    private final long seller = fixture.user("seller");
    private final long buyer = fixture.user("buyer");

    @Test
    void aDeliveredOrderCompletesOnItsOwnSevenDaysAfterDelivery() {
        Order order = delivered();

        fixture.clock.advance(Duration.ofDays(7).minusSeconds(1));
        Orders.Swept early = fixture.orders.completeDelivered(BATCH);
        fixture.clock.advance(Duration.ofSeconds(1));
        var before = fixture.bus.published();
        Orders.Swept due = fixture.orders.completeDelivered(BATCH);
        var publishedBySweep = fixture.bus.publishedSince(before);
        Orders.Swept again = fixture.orders.completeDelivered(BATCH);

        assertThat(early.count()).isZero();
        assertThat(due.count()).isEqualTo(1);
        assertThat(publishedBySweep).hasSize(1);
        assertThat(again.count()).isZero();
        Order completed = fixture.orders.find(as(buyer), order.id()).orElseThrow();
        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        HistoryEntry last = lastHistory(order);
        assertThat(last.createdBy()).isEqualTo(Actor.SYSTEM);
        assertThat(last.note()).isEqualTo("Completed automatically 7 days after delivery");
        assertThat(lastEventType()).isEqualTo("order.completed");
    }

    @Test
    void aShippedOrderNoOneMarkedDeliveredIsAssumedDeliveredFourteenDaysAfterShipment() {
        Order order = shipped();

        fixture.clock.advance(Duration.ofDays(14).minusSeconds(1));
        Orders.Swept early = fixture.orders.assumeDelivered(BATCH);
        fixture.clock.advance(Duration.ofSeconds(1));
        Orders.Swept due = fixture.orders.assumeDelivered(BATCH);
        Orders.Swept again = fixture.orders.assumeDelivered(BATCH);

        assertThat(early.count()).isZero();
        assertThat(due.count()).isEqualTo(1);
        assertThat(again.count()).isZero();
        Order delivered = fixture.orders.find(as(buyer), order.id()).orElseThrow();
        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(delivered.timeline().deliveredAt()).isEqualTo(fixture.clock.instant());
        HistoryEntry last = lastHistory(order);
        assertThat(last.createdBy()).isEqualTo(Actor.SYSTEM);
        assertThat(last.note()).isEqualTo("Delivery assumed 14 days after shipment");
        assertThat(lastEventType()).isEqualTo("order.delivered");
    }

    @Test
    void aDisputedOrderStaysDisputedPastTheDeliveryAndCompletionDeadlines() {
        Order wasShipped = shipped();
        Order wasDelivered = delivered();
        updated(fixture.orders.dispute(as(buyer), wasShipped.id(), "not_received", "Nothing came"));
        updated(fixture.orders.dispute(as(buyer), wasDelivered.id(), "not_as_described", "Wrong colourway"));

        fixture.clock.advance(Duration.ofDays(30));

        assertThat(fixture.orders.assumeDelivered(BATCH).count()).isZero();
        assertThat(fixture.orders.completeDelivered(BATCH).count()).isZero();
        assertThat(fixture.orders.find(as(buyer), wasShipped.id()).orElseThrow().status())
                .isEqualTo(OrderStatus.DISPUTED);
        assertThat(fixture.orders
                        .find(as(buyer), wasDelivered.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(OrderStatus.DISPUTED);
    }

    @Test
    void anOrderUnpaidAfterTheDeadlineIsCancelledAndTheAskGoesBackOnTheBook() {
        Order order = fixture.order(seller, buyer, "215.00");
        long askId = askOf(order);

        fixture.clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(fixture.orders.cancelUnpaid(BATCH).count()).isZero();
        fixture.clock.advance(Duration.ofSeconds(1));
        Orders.Swept swept = fixture.orders.cancelUnpaid(BATCH);

        assertThat(swept.count()).isEqualTo(1);
        Order cancelled = fixture.orders.find(as(buyer), order.id()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.cancellationReason()).isEqualTo("Not paid within 24 hours");
        assertThat(lastHistory(order).createdBy()).isEqualTo(Actor.SYSTEM);
        var ask = fixture.trading.ask(seller, askId).orElseThrow();
        assertThat(ask.status().wire()).isEqualTo("active");
        assertThat(ask.remainingQuantity()).isEqualTo(1);
    }

    @Test
    void aRelistedAskTradesAtOnceWithABidThatNowCrossesIt() {
        Order order = fixture.order(seller, buyer, "215.00");
        long secondBuyer = fixture.user("second-buyer");
        PlaceResult.Placed waiting = (PlaceResult.Placed) fixture.trading.placeBid(
                secondBuyer, new PlaceOffer(fixture.productId, fixture.sizeId, new BigDecimal("220.00"), 1, 30));
        assertThat(waiting.matches()).isEmpty();

        fixture.clock.advance(Duration.ofDays(1));
        var before = fixture.bus.published();
        fixture.orders.cancelUnpaid(BATCH);

        assertThat(fixture.bus.publishedSince(before)).hasSize(2);
        var ask = fixture.trading.ask(seller, askOf(order)).orElseThrow();
        assertThat(ask.status().wire()).isEqualTo("matched");
        assertThat(fixture.trading
                        .bid(secondBuyer, waiting.offer().id())
                        .orElseThrow()
                        .status()
                        .wire())
                .isEqualTo("matched");
        assertThat(fixture.number(
                        "SELECT price FROM matches WHERE bid_id = ? AND ask_id = ?",
                        waiting.offer().id(),
                        askOf(order)))
                .as("the bid was resting, so the trade is at its price")
                .isEqualTo(220);
    }

    @Test
    void anAskThatHasExpiredMeanwhileStaysOffTheBook() {
        Order order = fixture.order(seller, buyer, "215.00");
        fixture.execute(
                "UPDATE asks SET expires_at = ? WHERE id = ?",
                java.time.LocalDateTime.of(2026, 11, 26, 0, 0),
                askOf(order));

        fixture.clock.advance(Duration.ofDays(1));
        assertThat(fixture.orders.cancelUnpaid(BATCH).count()).isEqualTo(1);

        var ask = fixture.trading.ask(seller, askOf(order)).orElseThrow();
        assertThat(ask.status().isLive()).isFalse();
        assertThat(ask.remainingQuantity()).isZero();
    }

    @Test
    void aBuyerWhoCancelsAnUnpaidOrderPutsTheAskBackButASellerWhoCancelsDoesNot() {
        Order byBuyer = fixture.order(seller, buyer, "215.00");
        Order bySeller = fixture.order(seller, buyer, "300.00");

        updated(fixture.orders.cancel(as(buyer), byBuyer.id(), "changed my mind"));
        updated(fixture.orders.cancel(as(seller), bySeller.id(), "no longer selling"));

        assertThat(fixture.trading
                        .ask(seller, askOf(byBuyer))
                        .orElseThrow()
                        .status()
                        .wire())
                .isEqualTo("active");
        assertThat(fixture.trading
                        .ask(seller, askOf(bySeller))
                        .orElseThrow()
                        .status()
                        .wire())
                .isEqualTo("matched");
    }

    @Test
    void aPaidOrderNotShippedWithinThreeDaysIsCancelledWithARefundRequested() {
        Order order = fixture.paidOrder(seller, buyer, "215.00");

        fixture.clock.advance(Duration.ofDays(3).minusSeconds(1));
        assertThat(fixture.orders.cancelUnshipped(BATCH).count()).isZero();
        fixture.clock.advance(Duration.ofSeconds(1));
        assertThat(fixture.orders.cancelUnshipped(BATCH).count()).isEqualTo(1);

        Order cancelled = fixture.orders.find(as(buyer), order.id()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(lastHistory(order).note()).isEqualTo("Not shipped within 3 days of payment (full refund requested)");
        var event = fixture.orderEvents().get(fixture.orderEvents().size() - 1);
        assertThat(event.detailType()).isEqualTo("order.cancelled");
        assertThat(event.detail().path("refund_required").asBoolean()).isTrue();
        assertThat(fixture.trading
                        .ask(seller, askOf(order))
                        .orElseThrow()
                        .status()
                        .wire())
                .as("a seller who did not ship does not get the ask back")
                .isEqualTo("matched");
    }

    @Test
    void twoOverlappingSweepsMoveEachOrderOnce() throws Exception {
        for (int i = 0; i < 6; i++) {
            fixture.order(seller, buyer, (200 + i) + ".00");
        }
        fixture.clock.advance(Duration.ofDays(2));

        CompletableFuture<Orders.Swept> first = CompletableFuture.supplyAsync(() -> fixture.orders.cancelUnpaid(BATCH));
        CompletableFuture<Orders.Swept> second =
                CompletableFuture.supplyAsync(() -> fixture.orders.cancelUnpaid(BATCH));

        assertThat(first.get().count() + second.get().count()).isEqualTo(6);
        assertThat(fixture.number("SELECT count(*) FROM order_status_history WHERE status = 'cancelled'"))
                .isEqualTo(6);
        assertThat(fixture.number("SELECT count(*) FROM asks WHERE status = 'active'"))
                .isEqualTo(6);
    }

    @Test
    void aSweepTakesAtMostOneBatch() {
        for (int i = 0; i < 3; i++) {
            fixture.order(seller, buyer, (200 + i) + ".00");
        }
        fixture.clock.advance(Duration.ofDays(2));

        assertThat(fixture.orders.cancelUnpaid(2).count()).isEqualTo(2);
        assertThat(fixture.orders.cancelUnpaid(2).count()).isEqualTo(1);
    }

    private Order delivered() {
        Order order = shipped();
        return updated(fixture.orders.confirmDelivery(as(buyer), order.id()));
    }

    private Order shipped() {
        Order order = fixture.paidOrder(seller, buyer, "215.00");
        return updated(fixture.orders.ship(as(seller), order.id(), "DHL", "1234567890"));
    }

    private long askOf(Order order) {
        return fixture.number("SELECT ask_id FROM matches WHERE id = ?", order.matchId());
    }

    private HistoryEntry lastHistory(Order order) {
        List<HistoryEntry> history = fixture.store.history(order.id());
        return history.get(history.size() - 1);
    }

    private String lastEventType() {
        List<OrdersFixture.Event> events = fixture.orderEvents();
        return events.get(events.size() - 1).detailType();
    }
}
