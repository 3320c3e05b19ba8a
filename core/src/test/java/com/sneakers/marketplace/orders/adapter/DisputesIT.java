package com.sneakers.marketplace.orders.adapter;

import static com.sneakers.marketplace.orders.adapter.OrdersFixture.as;
import static com.sneakers.marketplace.orders.adapter.OrdersFixture.asAdmin;
import static com.sneakers.marketplace.orders.adapter.OrdersFixture.updated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sneakers.marketplace.orders.DisputeOutcome;
import com.sneakers.marketplace.orders.HistoryEntry;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Disputes over Postgres: the dispute's row, its events in the outbox, and the schema's refusals. */
class DisputesIT {
    private final OrdersFixture fixture = new OrdersFixture();
    private final long seller = fixture.user("seller");
    private final long buyer = fixture.user("buyer");
    private final long admin = fixture.user("admin");

    @Test
    void aDisputeAndItsCompletionAreEventsAndTheCompletionIsTheOnePayoutsWaitFor() {
        Order order = delivered();

        Order disputed = updated(fixture.orders.dispute(as(buyer), order.id(), "not_as_described", "Fake pair"));
        fixture.clock.advance(Duration.ofDays(3));
        Order completed =
                updated(fixture.orders.resolveDispute(asAdmin(admin), order.id(), DisputeOutcome.COMPLETED, "Legit"));

        assertThat(disputed.status()).isEqualTo(OrderStatus.DISPUTED);
        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(completed.dispute().resolution().resolvedBy()).isEqualTo(admin);
        List<OrdersFixture.Event> events = fixture.orderEvents();
        List<OrdersFixture.Event> last = events.subList(events.size() - 3, events.size());
        assertThat(last)
                .extracting(OrdersFixture.Event::detailType)
                .containsExactly("order.disputed", "order.dispute_resolved", "order.completed");
        assertThat(last.get(0).detail().path("dispute_reason").asText()).isEqualTo("not_as_described");
        assertThat(last.get(0).detail().path("actor").asText()).isEqualTo("buyer");
        assertThat(last.get(1).detail().path("resolution").asText()).isEqualTo("completed");
        assertThat(last.get(1).detail().path("actor").asText()).isEqualTo("admin");
        assertThat(last.get(2).detail().path("previous_status").asText()).isEqualTo("disputed");
        assertThat(last.get(2).detail().has("resolution")).isFalse();
    }

    @Test
    void aRefundResolutionWaitsForTheRefundWhoseSettlementMovesTheOrder() {
        Order order = delivered();
        updated(fixture.orders.dispute(as(buyer), order.id(), "not_received", "Never arrived"));

        Order resolved =
                updated(fixture.orders.resolveDispute(asAdmin(admin), order.id(), DisputeOutcome.REFUNDED, "Lost"));
        Order refunded = updated(fixture.steps.markRefunded(new OrderId(order.id()), "Payment refunded in full"));

        assertThat(resolved.status()).isEqualTo(OrderStatus.DISPUTED);
        assertThat(refunded.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.dispute().resolution().outcome()).isEqualTo(DisputeOutcome.REFUNDED);
        assertThat(fixture.store.history(order.id()))
                .extracting(HistoryEntry::status)
                .endsWith(OrderStatus.DELIVERED, OrderStatus.DISPUTED, OrderStatus.DISPUTED, OrderStatus.REFUNDED);
    }

    @Test
    void theSchemaRefusesADisputeWithoutAKnownReasonOrAResolutionWithoutItsAdmin() {
        Order order = delivered();
        updated(fixture.orders.dispute(as(buyer), order.id(), "not_received", "Never arrived"));

        assertThatThrownBy(() -> fixture.execute(
                        "UPDATE order_disputes SET reason = 'changed_my_mind' WHERE order_id = ?", order.id()))
                .hasStackTraceContaining("ck_order_disputes_reason");
        assertThatThrownBy(() -> fixture.execute(
                        "UPDATE order_disputes SET resolution = 'refunded' WHERE order_id = ?", order.id()))
                .hasStackTraceContaining("ck_order_disputes_resolved");
        assertThatThrownBy(
                        () -> fixture.execute("UPDATE order_disputes SET details = '' WHERE order_id = ?", order.id()))
                .hasStackTraceContaining("ck_order_disputes_details");
    }

    private Order delivered() {
        Order order = fixture.paidOrder(seller, buyer, "215.00");
        updated(fixture.orders.ship(as(seller), order.id(), "DHL", "1234567890"));
        return updated(fixture.orders.confirmDelivery(as(buyer), order.id()));
    }
}
