package com.sneakers.marketplace.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.platform.json.Json;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderEventTest {
    private static final String FACTS = "{\"event_id\":\"0b7c8f57-7c1e-4c52-9d7e-0d6c3a0c1f11\","
            + "\"occurred_at\":\"2026-11-25T12:00:00Z\",\"order_id\":7,\"order_number\":\"SNK-1\",\"match_id\":3,"
            + "\"buyer_id\":21,\"seller_id\":22,\"product_id\":31,\"size_id\":32,";
    private static final String AMOUNTS =
            "\"quantity\":1,\"price\":\"215.00\",\"total_amount\":\"221.45\",\"seller_payout\":\"195.65\",\"currency\":\"USD\"";

    @Test
    void theCreatedEventCarriesNoneOfTheTransitionFacts() throws Exception {
        OrderEvent created = event("pending_payment", null, "system", null, null, null, null, null);
        String detail = FACTS + "\"status\":\"pending_payment\",\"actor\":\"system\"," + AMOUNTS + "}";

        assertWrittenAndReadBack(created, detail);
    }

    @Test
    void aTransitionCarriesItsPreviousStatusAndNote() throws Exception {
        OrderEvent delivered =
                event("delivered", "shipped", "buyer", "Buyer confirmed receipt", null, null, null, null);
        String detail = FACTS + "\"status\":\"delivered\",\"previous_status\":\"shipped\",\"actor\":\"buyer\","
                + AMOUNTS + ",\"note\":\"Buyer confirmed receipt\"}";

        assertWrittenAndReadBack(delivered, detail);
    }

    @Test
    void aCancellationCarriesItsReasonAndWhetherARefundIsRequired() throws Exception {
        OrderEvent cancelled =
                event("cancelled", "processing", "seller", "Out of stock", "Out of stock", true, null, null);
        String detail = FACTS + "\"status\":\"cancelled\",\"previous_status\":\"processing\",\"actor\":\"seller\","
                + AMOUNTS + ",\"note\":\"Out of stock\",\"reason\":\"Out of stock\",\"refund_required\":true}";

        assertWrittenAndReadBack(cancelled, detail);
    }

    @Test
    void aShipmentCarriesItsCarrierAndTrackingNumber() throws Exception {
        OrderEvent shipped = event(
                "shipped", "processing", "seller", "Shipped with UPS 1Z", null, null, "UPS", "1Z999AA10123456784");
        String detail = FACTS + "\"status\":\"shipped\",\"previous_status\":\"processing\",\"actor\":\"seller\","
                + AMOUNTS + ",\"note\":\"Shipped with UPS 1Z\",\"carrier\":\"UPS\","
                + "\"tracking_number\":\"1Z999AA10123456784\"}";

        assertWrittenAndReadBack(shipped, detail);
    }

    @Test
    void aDisputeCarriesItsReasonAndOnceResolvedItsResolution() throws Exception {
        OrderEvent disputed = withDispute(
                event(
                        "disputed",
                        "delivered",
                        "buyer",
                        "Disputed by the buyer: not_as_described",
                        null,
                        null,
                        null,
                        null),
                "not_as_described",
                null);
        OrderEvent resolved = withDispute(
                event("disputed", null, "admin", "Dispute resolved (refunded): fake pair", null, null, null, null),
                "not_as_described",
                "refunded");

        assertWrittenAndReadBack(
                disputed,
                FACTS + "\"status\":\"disputed\",\"previous_status\":\"delivered\",\"actor\":\"buyer\"," + AMOUNTS
                        + ",\"note\":\"Disputed by the buyer: not_as_described\",\"dispute_reason\":\"not_as_described\"}");
        assertWrittenAndReadBack(
                resolved,
                FACTS + "\"status\":\"disputed\",\"actor\":\"admin\"," + AMOUNTS
                        + ",\"note\":\"Dispute resolved (refunded): fake pair\",\"dispute_reason\":\"not_as_described\","
                        + "\"resolution\":\"refunded\"}");
    }

    @Test
    void isTypedCreatedOrByTheStatusTheOrderEntered() {
        assertThat(OrderEvent.CREATED).isEqualTo("order.created");
        assertThat(OrderEvent.typeOf(OrderStatus.CANCELLED)).isEqualTo("order.cancelled");
        assertThat(OrderEvent.typeOf(OrderStatus.DISPUTED)).isEqualTo("order.disputed");
        assertThat(OrderEvent.DISPUTE_RESOLVED).isEqualTo("order.dispute_resolved");
    }

    private static void assertWrittenAndReadBack(OrderEvent event, String detail) throws Exception {
        assertThat(Json.write(event)).isEqualTo(detail);
        assertThat(Json.mapper().readValue(detail, OrderEvent.class)).isEqualTo(event);
    }

    private static OrderEvent event(
            String status,
            String previousStatus,
            String actor,
            String note,
            String reason,
            Boolean refundRequired,
            String carrier,
            String trackingNumber) {
        return new OrderEvent(
                UUID.fromString("0b7c8f57-7c1e-4c52-9d7e-0d6c3a0c1f11"),
                Instant.parse("2026-11-25T12:00:00Z"),
                7,
                "SNK-1",
                3,
                21,
                22,
                31,
                32,
                status,
                previousStatus,
                actor,
                1,
                "215.00",
                "221.45",
                "195.65",
                "USD",
                note,
                reason,
                refundRequired,
                carrier,
                trackingNumber,
                null,
                null);
    }

    private static OrderEvent withDispute(OrderEvent event, String disputeReason, String resolution) {
        return new OrderEvent(
                event.eventId(),
                event.occurredAt(),
                event.orderId(),
                event.orderNumber(),
                event.matchId(),
                event.buyerId(),
                event.sellerId(),
                event.productId(),
                event.sizeId(),
                event.status(),
                event.previousStatus(),
                event.actor(),
                event.quantity(),
                event.price(),
                event.totalAmount(),
                event.sellerPayout(),
                event.currency(),
                event.note(),
                event.reason(),
                event.refundRequired(),
                event.carrier(),
                event.trackingNumber(),
                disputeReason,
                resolution);
    }
}
