package com.sneakers.marketplace.orders.adapter;

import static com.sneakers.marketplace.orders.adapter.OrdersFixture.as;
import static com.sneakers.marketplace.orders.adapter.OrdersFixture.asAdmin;
import static com.sneakers.marketplace.orders.adapter.OrdersFixture.updated;
import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.orders.Actor;
import com.sneakers.marketplace.orders.Carrier;
import com.sneakers.marketplace.orders.HistoryEntry;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.OrderUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OrderTransitionsIT {
    private static final String UPS = "1Z999AA10123456784";

    private final OrdersFixture fixture = new OrdersFixture();
    private final long seller = fixture.user("seller");
    private final long buyer = fixture.user("buyer");
    private final long stranger = fixture.user("stranger");
    private final long admin = fixture.user("admin");

    @Test
    void eachPartyTakesTheirStepsAndTheHistoryRecordsWhoAndWhen() {
        Order order = fixture.paidOrder(seller, buyer, "215.00");

        fixture.clock.advance(Duration.ofHours(5));
        Order shipped = updated(fixture.orders.ship(as(seller), order.id(), "UPS", UPS));
        fixture.clock.advance(Duration.ofDays(2));
        Order delivered = updated(fixture.orders.confirmDelivery(as(buyer), order.id()));
        fixture.clock.advance(Duration.ofHours(1));
        Order completed = updated(fixture.orders.complete(as(buyer), order.id()));

        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shipped.shipment()).isEqualTo(new Order.Shipment(Carrier.UPS, UPS));
        assertThat(shipped.timeline().shippedAt()).isEqualTo(OrdersFixture.START.plus(Duration.ofHours(5)));
        assertThat(delivered.timeline().deliveredAt())
                .isEqualTo(OrdersFixture.START.plus(Duration.ofHours(5)).plus(Duration.ofDays(2)));
        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(completed.timeline().completedAt()).isEqualTo(fixture.clock.instant());
        assertThat(fixture.store.history(order.id()))
                .extracting(HistoryEntry::status, HistoryEntry::createdBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.PENDING_PAYMENT, Actor.SYSTEM),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.PAID, Actor.SYSTEM),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.PROCESSING, Actor.SYSTEM),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.SHIPPED, Actor.SELLER),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.DELIVERED, Actor.BUYER),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.COMPLETED, Actor.BUYER));
        assertThat(fixture.orderEvents())
                .extracting(OrdersFixture.Event::detailType)
                .containsExactly(
                        "order.created",
                        "order.paid",
                        "order.processing",
                        "order.shipped",
                        "order.delivered",
                        "order.completed");
        var shippedEvent = fixture.orderEvents().get(3).detail();
        assertThat(shippedEvent.path("previous_status").asText()).isEqualTo("processing");
        assertThat(shippedEvent.path("actor").asText()).isEqualTo("seller");
        assertThat(shippedEvent.path("carrier").asText()).isEqualTo("UPS");
        assertThat(shippedEvent.path("tracking_number").asText()).isEqualTo(UPS);
    }

    @Test
    void aStepByTheWrongPartyIsRefusedAndChangesNothing() {
        Order order = fixture.paidOrder(seller, buyer, "215.00");

        assertThat(fixture.orders.ship(as(buyer), order.id(), "UPS", UPS)).isInstanceOf(OrderUpdate.NotAllowed.class);
        assertThat(fixture.orders.ship(asAdmin(admin), order.id(), "UPS", UPS))
                .isInstanceOf(OrderUpdate.NotAllowed.class);
        updated(fixture.orders.ship(as(seller), order.id(), "UPS", UPS));
        assertThat(fixture.orders.confirmDelivery(as(seller), order.id())).isInstanceOf(OrderUpdate.NotAllowed.class);
        assertThat(fixture.orders.complete(as(seller), order.id())).isInstanceOf(OrderUpdate.WrongStatus.class);

        assertThat(fixture.orders.find(as(buyer), order.id()).orElseThrow().status())
                .isEqualTo(OrderStatus.SHIPPED);
        assertThat(fixture.store.history(order.id())).hasSize(4);
    }

    @Test
    void someoneElsesOrderDoesNotExistForThemButAdminsSeeEveryOrder() {
        Order order = fixture.order(seller, buyer, "215.00");

        assertThat(fixture.orders.find(as(stranger), order.id())).isEmpty();
        assertThat(fixture.orders.history(as(stranger), order.id())).isEmpty();
        assertThat(fixture.orders.cancel(as(stranger), order.id(), "mine now"))
                .isInstanceOf(OrderUpdate.NotFound.class);
        assertThat(fixture.orders.find(asAdmin(admin), order.id())).isPresent();
        assertThat(fixture.orders.find(as(buyer), order.id())).isPresent();
        assertThat(fixture.orders.find(as(seller), order.id())).isPresent();
    }

    @Test
    void anIllegalStepIsAConflictNamingTheCurrentStatus() {
        Order order = fixture.paidOrder(seller, buyer, "215.00");
        updated(fixture.orders.ship(as(seller), order.id(), "UPS", UPS));

        OrderUpdate cancel = fixture.orders.cancel(as(buyer), order.id(), "changed my mind");

        assertThat(cancel).isInstanceOf(OrderUpdate.WrongStatus.class);
        OrderUpdate.WrongStatus wrong = (OrderUpdate.WrongStatus) cancel;
        assertThat(wrong.current()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(wrong.reason()).contains("shipped");
    }

    @Test
    void aTrackingNumberOfTheWrongShapeOrAnUnknownCarrierIsInvalidAndChangesNothing() {
        Order order = fixture.paidOrder(seller, buyer, "215.00");

        OrderUpdate wrongShape = fixture.orders.ship(as(seller), order.id(), "FedEx", UPS);
        OrderUpdate unknownCarrier = fixture.orders.ship(as(seller), order.id(), "Pigeon", "123");

        assertThat(wrongShape).isInstanceOf(OrderUpdate.Invalid.class);
        assertThat(((OrderUpdate.Invalid) wrongShape).errors()).containsKey("tracking_number");
        assertThat(((OrderUpdate.Invalid) unknownCarrier).errors()).containsKey("carrier");
        assertThat(fixture.orders.find(as(seller), order.id()).orElseThrow()).isEqualTo(order);
    }

    @Test
    void ofConcurrentShipAndCancelExactlyOneWins() throws Exception {
        Order order = fixture.paidOrder(seller, buyer, "215.00");
        List<Callable<OrderUpdate>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(() -> fixture.orders.ship(as(seller), order.id(), "UPS", UPS));
            attempts.add(() -> fixture.orders.cancel(as(buyer), order.id(), "too slow"));
        }

        List<OrderUpdate> results = concurrently(attempts);

        assertThat(results).filteredOn(OrderUpdate.Updated.class::isInstance).hasSize(1);
        assertThat(results)
                .filteredOn(OrderUpdate.WrongStatus.class::isInstance)
                .hasSize(7);
        assertThat(fixture.store.history(order.id())).hasSize(4);
        assertThat(fixture.orderEvents()).hasSize(4);
    }

    @Test
    void cancellingAfterPaymentAsksForARefundAndBeforePaymentDoesNot() {
        Order paid = fixture.paidOrder(seller, buyer, "215.00");
        Order unpaid = fixture.order(seller, buyer, "100.00");

        Order cancelledPaid = updated(fixture.orders.cancel(as(seller), paid.id(), "sold elsewhere"));
        updated(fixture.orders.cancel(as(buyer), unpaid.id(), "found it cheaper"));

        assertThat(cancelledPaid.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelledPaid.cancellationReason()).isEqualTo("sold elsewhere");
        assertThat(cancelledPaid.timeline().cancelledAt()).isEqualTo(fixture.clock.instant());
        List<OrdersFixture.Event> cancellations = fixture.orderEvents().stream()
                .filter(event -> event.detailType().equals("order.cancelled"))
                .toList();
        assertThat(cancellations).hasSize(2);
        assertThat(cancellations.get(0).detail().path("refund_required").asBoolean())
                .isTrue();
        assertThat(cancellations.get(0).detail().path("actor").asText()).isEqualTo("seller");
        assertThat(cancellations.get(1).detail().path("refund_required").asBoolean())
                .isFalse();
        assertThat(fixture.orders.cancel(as(buyer), paid.id(), "")).isInstanceOf(OrderUpdate.Invalid.class);
    }

    @Test
    void anAdminMovesAnOrderWithinTheLifecycleWithANote() {
        Order order = fixture.paidOrder(seller, buyer, "215.00");
        updated(fixture.orders.ship(as(seller), order.id(), "UPS", UPS));

        Order delivered = updated(fixture.orders.override(
                asAdmin(admin), order.id(), OrderStatus.DELIVERED, "carrier confirmed by phone"));

        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        HistoryEntry last = fixture.store.history(order.id()).get(4);
        assertThat(last.createdBy()).isEqualTo(Actor.ADMIN);
        assertThat(last.note()).isEqualTo("Admin: carrier confirmed by phone");
        assertThat(fixture.orders.override(asAdmin(admin), order.id(), OrderStatus.PAID, "oops"))
                .isInstanceOf(OrderUpdate.WrongStatus.class);
        assertThat(fixture.orders.override(as(buyer), order.id(), OrderStatus.COMPLETED, "me"))
                .isInstanceOf(OrderUpdate.NotAllowed.class);
        assertThat(fixture.orders.override(asAdmin(admin), order.id(), OrderStatus.COMPLETED, " "))
                .isInstanceOf(OrderUpdate.Invalid.class);
    }

    @Test
    void theBuyerChangesTheShippingAddressUntilTheOrderShips() {
        Order order = fixture.paidOrder(seller, buyer, "215.00");
        long home = address(buyer, "shipping");
        long billing = address(buyer, "billing");
        long sellers = address(seller, "shipping");

        Order changed = updated(fixture.orders.changeShippingAddress(as(buyer), order.id(), home));
        OrderUpdate bySeller = fixture.orders.changeShippingAddress(as(seller), order.id(), sellers);
        OrderUpdate toBilling = fixture.orders.changeShippingAddress(as(buyer), order.id(), billing);
        updated(fixture.orders.ship(as(seller), order.id(), "UPS", UPS));
        OrderUpdate afterShipping = fixture.orders.changeShippingAddress(as(buyer), order.id(), home);

        assertThat(changed.shippingAddressId()).isEqualTo(home);
        assertThat(bySeller).isInstanceOf(OrderUpdate.NotAllowed.class);
        assertThat(toBilling).isInstanceOf(OrderUpdate.Invalid.class);
        assertThat(afterShipping).isInstanceOf(OrderUpdate.WrongStatus.class);
    }

    private long address(long user, String type) {
        return fixture.number(
                "INSERT INTO addresses (user_id, type, full_name, line1, city, postal_code, country)"
                        + " VALUES (?, ?, 'Someone', '1 Main St', 'Portland', '97201', 'US') RETURNING id",
                user,
                type);
    }

    private static List<OrderUpdate> concurrently(List<Callable<OrderUpdate>> attempts) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(attempts.size());
        List<Future<OrderUpdate>> futures = new ArrayList<>();
        for (Callable<OrderUpdate> attempt : attempts) {
            futures.add(threads.submit(() -> {
                start.await();
                return attempt.call();
            }));
        }
        start.countDown();
        List<OrderUpdate> results = new ArrayList<>();
        for (Future<OrderUpdate> future : futures) {
            results.add(future.get());
        }
        threads.shutdown();
        return results;
    }
}
