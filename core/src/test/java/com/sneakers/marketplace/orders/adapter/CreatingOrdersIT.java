package com.sneakers.marketplace.orders.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.identity.AddressService;
import com.sneakers.marketplace.identity.DeleteAddressResult;
import com.sneakers.marketplace.identity.adapter.JdbcAddressRepository;
import com.sneakers.marketplace.orders.Actor;
import com.sneakers.marketplace.orders.HistoryEntry;
import com.sneakers.marketplace.orders.MatchCreated;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderCreation;
import com.sneakers.marketplace.orders.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CreatingOrdersIT {
    private final OrdersFixture fixture = new OrdersFixture();
    private final long seller = fixture.user("seller");
    private final long buyer = fixture.user("buyer");

    @Test
    void aMatchBecomesAPendingPaymentOrderWithItsFeesNumberHistoryAndEvent() {
        MatchCreated match = fixture.match(seller, buyer, "215.00");

        OrderCreation creation = fixture.orders.createFromMatch(match);

        Order order = creation.order();
        assertThat(creation.created()).isTrue();
        assertThat(order.orderNumber()).matches("ORD-2026-\\d{6}");
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.matchId()).isEqualTo(match.matchId());
        assertThat(order.buyerId()).isEqualTo(buyer);
        assertThat(order.sellerId()).isEqualTo(seller);
        assertThat(order.amounts().price()).isEqualByComparingTo("215.00");
        assertThat(order.amounts().buyerFee()).isEqualByComparingTo("6.45");
        assertThat(order.amounts().sellerFee()).isEqualByComparingTo("19.35");
        assertThat(order.amounts().platformFee()).isEqualByComparingTo("25.80");
        assertThat(order.amounts().totalAmount()).isEqualByComparingTo("221.45");
        assertThat(order.amounts().sellerPayout()).isEqualByComparingTo("195.65");
        assertThat(order.currency()).isEqualTo("USD");
        assertThat(order.shippingAddressId()).isNull();
        assertThat(order.timeline().createdAt()).isEqualTo(OrdersFixture.START);
        assertThat(fixture.store.history(order.id()))
                .containsExactly(new HistoryEntry(
                        OrderStatus.PENDING_PAYMENT,
                        "Order created from match " + match.matchId(),
                        Actor.SYSTEM,
                        OrdersFixture.START));
        assertThat(fixture.publishedOrderEvents()).hasSize(1);
        List<OrdersFixture.Event> events = fixture.orderEvents();
        assertThat(events).extracting(OrdersFixture.Event::detailType).containsExactly("order.created");
        JsonNode detail = events.get(0).detail();
        assertThat(detail.path("event_id").asText())
                .isEqualTo(fixture.publishedOrderEvents().get(0).eventId().toString());
        assertThat(detail.path("order_id").asLong()).isEqualTo(order.id());
        assertThat(detail.path("order_number").asText()).isEqualTo(order.orderNumber());
        assertThat(detail.path("buyer_id").asLong()).isEqualTo(buyer);
        assertThat(detail.path("total_amount").asText()).isEqualTo("221.45");
        assertThat(detail.path("seller_payout").asText()).isEqualTo("195.65");
        assertThat(detail.path("currency").asText()).isEqualTo("USD");
    }

    @Test
    void theOrderShipsToTheBuyersDefaultShippingAddress() {
        long other = address(buyer, false);
        long preferred = address(buyer, true);

        Order order = fixture.order(seller, buyer, "150.00");

        assertThat(order.shippingAddressId()).isEqualTo(preferred).isNotEqualTo(other);
    }

    @Test
    void theBuyerMayRemoveTheAddressAnOrderShipsToAndTheOrderKeepsIt() {
        long home = address(buyer, true);
        Order order = fixture.order(seller, buyer, "150.00");
        AddressService addresses = new AddressService(new JdbcAddressRepository(fixture.database), fixture.clock);

        DeleteAddressResult removed = addresses.delete(buyer, home);

        assertThat(removed).isEqualTo(new DeleteAddressResult.Deleted());
        assertThat(addresses.addresses(buyer)).isEmpty();
        assertThat(fixture.orders
                        .find(OrdersFixture.as(buyer), order.id())
                        .orElseThrow()
                        .shippingAddressId())
                .isEqualTo(home);
        assertThat(fixture.number("SELECT count(*) FROM addresses WHERE id = ? AND deleted_at IS NOT NULL", home))
                .isEqualTo(1);
    }

    @Test
    void theSameMatchDeliveredAgainIsTheSameOrderAndWritesNothingMore() {
        MatchCreated match = fixture.match(seller, buyer, "180.00");
        Order first = fixture.orders.createFromMatch(match).order();

        OrderCreation again = fixture.orders.createFromMatch(match);

        assertThat(again.created()).isFalse();
        assertThat(fixture.publishedOrderEvents()).hasSize(1);
        assertThat(again.order()).isEqualTo(first);
        assertThat(fixture.store.history(first.id())).hasSize(1);
        assertThat(fixture.orderEvents()).hasSize(1);
    }

    @Test
    void fiveConcurrentDeliveriesOfOneMatchMakeExactlyOneOrder() throws Exception {
        MatchCreated match = fixture.match(seller, buyer, "199.99");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(5);
        List<Future<OrderCreation>> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            results.add(threads.submit(() -> {
                start.await();
                return fixture.orders.createFromMatch(match);
            }));
        }
        start.countDown();
        List<OrderCreation> creations = new ArrayList<>();
        for (Future<OrderCreation> result : results) {
            creations.add(result.get());
        }
        threads.shutdown();

        assertThat(creations).filteredOn(OrderCreation::created).hasSize(1);
        assertThat(creations)
                .extracting(creation -> creation.order().id())
                .containsOnly(creations.get(0).order().id());
        assertThat(fixture.number("SELECT count(*) FROM orders WHERE match_id = ?", match.matchId()))
                .isEqualTo(1);
        assertThat(fixture.number("SELECT count(*) FROM order_status_history")).isEqualTo(1);
        assertThat(fixture.orderEvents()).hasSize(1);
    }

    @Test
    void orderNumbersComeFromTheSequenceNotFromCounting() {
        Order first = fixture.order(seller, buyer, "100.00");
        fixture.execute("DELETE FROM order_status_history");
        fixture.execute("DELETE FROM orders");

        Order second = fixture.order(seller, buyer, "101.00");

        assertThat(second.orderNumber()).isNotEqualTo(first.orderNumber());
        assertThat(sequenceNumber(second)).isGreaterThan(sequenceNumber(first));
    }

    @Test
    void orderNumbersKeepEveryDigitPastTheMillionthOrder() {
        fixture.execute("SELECT setval('order_number_seq', 999999)");

        Order millionth = fixture.order(seller, buyer, "100.00");
        Order next = fixture.order(seller, buyer, "101.00");

        assertThat(millionth.orderNumber()).isEqualTo("ORD-2026-1000000");
        assertThat(next.orderNumber()).isEqualTo("ORD-2026-1000001");
    }

    private static int sequenceNumber(Order order) {
        return Integer.parseInt(order.orderNumber().substring("ORD-2026-".length()));
    }

    private long address(long user, boolean isDefault) {
        return fixture.number(
                "INSERT INTO addresses (user_id, type, is_default, full_name, line1, city, postal_code,"
                        + " country) VALUES (?, 'shipping', ?, 'Buyer', '1 Main St', 'Portland', '97201', 'US')"
                        + " RETURNING id",
                user,
                isDefault);
    }
}
