package com.sneakers.marketplace.functions.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.identity.UserId;
import com.sneakers.marketplace.orders.Actor;
import com.sneakers.marketplace.orders.Carrier;
import com.sneakers.marketplace.orders.Change;
import com.sneakers.marketplace.orders.Deadlines;
import com.sneakers.marketplace.orders.FeeSchedule;
import com.sneakers.marketplace.orders.InMemoryOrderStore;
import com.sneakers.marketplace.orders.MatchCreated;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderService;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.payments.ConfirmResult;
import com.sneakers.marketplace.payments.IntentResult;
import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.PaymentRefund;
import com.sneakers.marketplace.payments.PaymentStatus;
import com.sneakers.marketplace.payments.Payments;
import com.sneakers.marketplace.payments.RefundResult;
import com.sneakers.marketplace.platform.http.ApiRequest;
import com.sneakers.marketplace.platform.http.ApiResponse;
import com.sneakers.marketplace.platform.http.Caller;
import com.sneakers.marketplace.platform.http.ProblemException;
import com.sneakers.marketplace.platform.http.Route;
import com.sneakers.marketplace.platform.http.Router;
import com.sneakers.marketplace.platform.json.Json;
import com.sneakers.marketplace.platform.money.Money;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import com.sneakers.marketplace.testing.DirectUnitOfWork;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.NoShippingAddresses;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dispute routes' handlers over the order rules in memory and a payments port that records refunds. */
class DisputeEndpointsTest {
    private static final long BUYER = 10;
    private static final long SELLER = 20;
    private static final long ADMIN = 30;
    private static final long STRANGER = 40;
    private static final String NOT_RECEIVED =
            "{\"reason\":\"not_received\",\"details\":\"Tracking stopped a week ago\"}";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private final OrderService orders = new OrderService(
            store,
            new DirectUnitOfWork(),
            new NoShippingAddresses(),
            (matchId, at) -> {},
            FeeSchedule.DEFAULT,
            Deadlines.DEFAULT,
            clock);
    private final RefundingPayments payments = new RefundingPayments(orders);
    private final Router router = router();

    @Test
    void theBuyerDisputesADeliveredOrderAndTheOrderShowsTheDispute() {
        Order order = delivered();
        clock.advance(Duration.ofHours(2));

        ApiResponse disputed = call(BUYER, "PUT", "/api/v1/orders/" + order.id() + "/dispute", NOT_RECEIVED);
        JsonNode shown = json(call(BUYER, "GET", "/api/v1/orders/" + order.id(), ""));

        assertThat(disputed.status()).isEqualTo(200);
        assertThat(json(disputed).path("status").asText()).isEqualTo("disputed");
        JsonNode dispute = shown.path("dispute");
        assertThat(dispute.path("reason").asText()).isEqualTo("not_received");
        assertThat(dispute.path("details").asText()).isEqualTo("Tracking stopped a week ago");
        assertThat(dispute.path("opened_at").asText()).isEqualTo("2026-11-25T14:00:00Z");
        assertThat(dispute.path("resolution").isNull()).isTrue();
        JsonNode history = json(call(BUYER, "GET", "/api/v1/orders/" + order.id() + "/history", ""))
                .path("items");
        assertThat(history.get(history.size() - 1).path("status").asText()).isEqualTo("disputed");
        assertThat(history.get(history.size() - 1).path("created_by").asText()).isEqualTo("buyer");
    }

    @Test
    void anOrderWithoutADisputeShowsNone() {
        Order order = delivered();

        assertThat(json(call(SELLER, "GET", "/api/v1/orders/" + order.id(), ""))
                        .path("dispute")
                        .isNull())
                .isTrue();
    }

    @Test
    void theSameReportAgainIsTheSameAnswerAndAnotherReportIsAConflict() {
        Order order = delivered();
        String path = "/api/v1/orders/" + order.id() + "/dispute";
        ApiResponse first = call(BUYER, "PUT", path, NOT_RECEIVED);
        clock.advance(Duration.ofMinutes(3));

        ApiResponse again = call(BUYER, "PUT", path, NOT_RECEIVED);
        ApiResponse other =
                call(BUYER, "PUT", path, "{\"reason\":\"not_as_described\",\"details\":\"It came, but fake\"}");

        assertThat(again.status()).isEqualTo(200);
        assertThat(json(again).path("dispute")).isEqualTo(json(first).path("dispute"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.headers()).containsEntry("Content-Type", "application/problem+json");
    }

    @Test
    void theSellerMayNotDisputeAndSomeoneElsesOrderDoesNotExist() {
        Order order = delivered();
        String path = "/api/v1/orders/" + order.id() + "/dispute";

        assertThat(call(SELLER, "PUT", path, NOT_RECEIVED).status()).isEqualTo(403);
        assertThat(call(STRANGER, "PUT", path, NOT_RECEIVED).status()).isEqualTo(404);
        assertThat(call(BUYER, "PUT", "/api/v1/orders/abc/dispute", NOT_RECEIVED)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anUnknownReasonOrNoDetailsIsAValidationProblemNamingTheField() {
        Order order = delivered();
        String path = "/api/v1/orders/" + order.id() + "/dispute";

        ApiResponse badReason = call(BUYER, "PUT", path, "{\"reason\":\"too_slow\",\"details\":\"Slow\"}");
        ApiResponse noDetails = call(BUYER, "PUT", path, "{\"reason\":\"not_received\"}");

        assertThat(badReason.status()).isEqualTo(400);
        assertThat(json(badReason).path("errors").path("reason").asText())
                .isEqualTo("must be one of not_received, not_as_described");
        assertThat(noDetails.status()).isEqualTo(400);
        assertThat(json(noDetails).path("errors").has("details")).isTrue();
    }

    @Test
    void anOrderNotYetShippedIsAConflict() {
        Order order = walk(pending(), OrderStatus.PAID, OrderStatus.PROCESSING);

        assertThat(call(BUYER, "PUT", "/api/v1/orders/" + order.id() + "/dispute", NOT_RECEIVED)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void anAdminWhoCompletesTheDisputeCompletesTheOrderOnceEvenWhenAskedTwice() {
        Order order = disputed();

        ApiResponse completed = resolve(ADMIN, order.id(), "complete", "Carrier has a signature");
        ApiResponse again = resolve(ADMIN, order.id(), "complete", "Carrier has a signature");
        ApiResponse refund = resolve(ADMIN, order.id(), "refund", "Changed my mind");

        assertThat(completed.status()).isEqualTo(200);
        assertThat(json(completed).path("status").asText()).isEqualTo("completed");
        assertThat(json(completed).path("dispute").path("resolution").asText()).isEqualTo("completed");
        assertThat(json(completed).path("dispute").path("resolution_note").asText())
                .isEqualTo("Carrier has a signature");
        assertThat(again.status()).isEqualTo(200);
        assertThat(json(again).path("status").asText()).isEqualTo("completed");
        assertThat(refund.status()).isEqualTo(409);
        assertThat(store.events().stream().filter("order.completed"::equals)).hasSize(1);
        assertThat(payments.refunds).isEmpty();
    }

    @Test
    void anAdminWhoRefundsTheDisputeHasPaymentsRefundTheOrdersPaymentInFull() {
        Order order = disputed();

        ApiResponse refunded = resolve(ADMIN, order.id(), "refund", "Lost in transit");
        ApiResponse again = resolve(ADMIN, order.id(), "refund", "Lost in transit");
        ApiResponse complete = resolve(ADMIN, order.id(), "complete", "Found it");

        assertThat(refunded.status()).isEqualTo(200);
        assertThat(json(refunded).path("status").asText()).isEqualTo("refunded");
        assertThat(json(refunded).path("dispute").path("resolution").asText()).isEqualTo("refunded");
        assertThat(payments.refunds).containsExactly(new RefundRequest(order.id(), Optional.empty(), ADMIN));
        assertThat(again.status()).isEqualTo(200);
        assertThat(json(again).path("status").asText()).isEqualTo("refunded");
        assertThat(payments.refunds).hasSize(1);
        assertThat(complete.status()).isEqualTo(409);
    }

    @Test
    void aRefundStripeRefusesIsABadGatewayAndTheSameResolutionAgainMakesIt() {
        Order order = disputed();
        payments.stripeUp = false;

        ApiResponse refused = resolve(ADMIN, order.id(), "refund", "Lost in transit");
        payments.stripeUp = true;
        ApiResponse retried = resolve(ADMIN, order.id(), "refund", "Lost in transit");

        assertThat(refused.status()).isEqualTo(502);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(json(retried).path("status").asText()).isEqualTo("refunded");
    }

    @Test
    void onlyAnAdminResolvesAndOnlyADisputeThatExists() {
        Order order = disputed();
        Order shipped = walk(pending(), OrderStatus.PAID, OrderStatus.PROCESSING, OrderStatus.SHIPPED);

        assertThat(resolve(BUYER, order.id(), "refund", "Please").status()).isEqualTo(403);
        assertThat(resolve(ADMIN, 999, "refund", "Who?").status()).isEqualTo(404);
        assertThat(resolve(ADMIN, shipped.id(), "complete", "Nothing to resolve")
                        .status())
                .isEqualTo(409);
        ApiResponse unknown = resolve(ADMIN, order.id(), "split", "Half each");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(json(unknown).path("errors").path("resolution").asText()).isEqualTo("must be complete or refund");
        assertThat(store.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.DISPUTED);
    }

    private ApiResponse resolve(long userId, long orderId, String resolution, String note) {
        return call(
                userId,
                "POST",
                "/api/v1/admin/orders/" + orderId + "/dispute/resolution",
                Json.write(Map.of("resolution", resolution, "note", note)));
    }

    private Router router() {
        List<Route> routes = new ArrayList<>(OrderEndpoints.routes(orders));
        routes.addAll(DisputeEndpoints.routes(orders, payments));
        return new Router(routes);
    }

    /** The route's handler, as the pipeline calls it once the caller is verified. */
    private ApiResponse call(long userId, String method, String path, String body) {
        Router.Found found = (Router.Found) router.resolve(method, path);
        ApiRequest request = new ApiRequest(
                        method,
                        path,
                        Map.of(),
                        Map.of(),
                        Map.of("content-type", "application/json"),
                        body.getBytes(StandardCharsets.UTF_8),
                        "127.0.0.1",
                        "test-request",
                        Optional.empty())
                .withPathParameters(found.pathParameters())
                .withCaller(new Caller(
                        userId, userId == ADMIN ? Set.of(Caller.ADMIN) : Set.of(), "token", clock.instant()));
        try {
            return found.route().handler().handle(request);
        } catch (ProblemException problem) {
            return problem.problem().toResponse();
        }
    }

    private static JsonNode json(ApiResponse response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(response.body(), e);
        }
    }

    private Order pending() {
        long match = store.events().size() + 1L + clock.instant().getEpochSecond();
        return orders.createFromMatch(new MatchCreated(
                        match, BUYER, SELLER, 1, 2, new BigDecimal("215.00"), "USD", 1, clock.instant()))
                .order();
    }

    private Order delivered() {
        return walk(pending(), OrderStatus.PAID, OrderStatus.PROCESSING, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
    }

    private Order disputed() {
        Order order = delivered();
        assertThat(call(BUYER, "PUT", "/api/v1/orders/" + order.id() + "/dispute", NOT_RECEIVED)
                        .status())
                .isEqualTo(200);
        return order;
    }

    private Order walk(Order order, OrderStatus... steps) {
        for (OrderStatus step : steps) {
            Change change = Change.to(step, Actor.SYSTEM, "test", clock.instant());
            if (step == OrderStatus.SHIPPED) {
                change = change.shipping(new Order.Shipment(Carrier.DHL, "1234567890"));
            }
            order = store.transition(order, change).orElseThrow().order();
        }
        return order;
    }

    record RefundRequest(long orderId, Optional<BigDecimal> amount, Long requestedBy) {}

    /**
     * One captured payment per order; a full refund settles at once and moves the order to refunded, as
     * the payments context's settlement does through {@code OrderSteps}.
     */
    private static final class RefundingPayments implements Payments {
        private final OrderService orders;
        private final List<RefundRequest> refunds = new ArrayList<>();
        private final List<Long> refundedOrders = new ArrayList<>();
        private boolean stripeUp = true;

        RefundingPayments(OrderService orders) {
            this.orders = orders;
        }

        @Override
        public Optional<Payment> ofOrder(OrderId orderId) {
            return orders.find(orderId).map(this::paymentOf);
        }

        @Override
        public Optional<Payment> find(long id) {
            return ofOrder(new OrderId(id));
        }

        @Override
        public RefundResult refund(long id, Optional<BigDecimal> amount, String reason, Long requestedBy) {
            Payment payment = find(id).orElseThrow();
            if (refundedOrders.contains(payment.orderId())) {
                return new RefundResult.NotRefundable(PaymentStatus.REFUNDED);
            }
            if (!stripeUp) {
                return new RefundResult.GatewayRefused("Stripe is down");
            }
            refunds.add(new RefundRequest(payment.orderId(), amount, requestedBy));
            refundedOrders.add(payment.orderId());
            orders.markRefunded(new OrderId(payment.orderId()), "Payment refunded in full");
            PaymentRefund refund = new PaymentRefund(
                    1, "ref_1", id, "re_1", payment.amount(), reason, "succeeded", requestedBy, Instant.EPOCH);
            return new RefundResult.Requested(
                    paymentOf(orders.find(new OrderId(payment.orderId())).orElseThrow()), refund);
        }

        /** The payment of an order has the order's id, to keep the look-up plain. */
        private Payment paymentOf(Order order) {
            boolean refunded = refundedOrders.contains(order.id());
            return new Payment(
                    order.id(),
                    "pay_" + order.id(),
                    order.id(),
                    order.buyerId(),
                    "pi_" + order.id(),
                    "ch_" + order.id(),
                    order.total(),
                    refunded ? PaymentStatus.REFUNDED : PaymentStatus.SUCCEEDED,
                    null,
                    null,
                    refunded ? order.total() : Money.of(BigDecimal.ZERO, order.currency()),
                    Instant.EPOCH,
                    null,
                    Instant.EPOCH,
                    Instant.EPOCH);
        }

        @Override
        public IntentResult startPayment(OrderId orderId, Optional<UserId> buyerId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ConfirmResult confirm(String paymentId, long buyerId, String paymentMethod, String idempotencyKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Payment> ofBuyer(long buyerId, Paging paging) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RefundResult refundCancelledOrder(OrderId orderId, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void cancelUnpaidOrder(OrderId orderId) {
            throw new UnsupportedOperationException();
        }
    }
}
