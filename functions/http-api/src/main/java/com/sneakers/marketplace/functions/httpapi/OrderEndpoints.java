package com.sneakers.marketplace.functions.httpapi;

import com.sneakers.marketplace.orders.Actor;
import com.sneakers.marketplace.orders.Dispute;
import com.sneakers.marketplace.orders.HistoryEntry;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderRole;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.OrderUpdate;
import com.sneakers.marketplace.orders.Orders;
import com.sneakers.marketplace.orders.Viewer;
import com.sneakers.marketplace.platform.http.ApiRequest;
import com.sneakers.marketplace.platform.http.ApiResponse;
import com.sneakers.marketplace.platform.http.Caller;
import com.sneakers.marketplace.platform.http.JsonFields;
import com.sneakers.marketplace.platform.http.Problem;
import com.sneakers.marketplace.platform.http.ProblemException;
import com.sneakers.marketplace.platform.http.Route;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Orders as their buyers, sellers and admins see them. Someone else's order is a 404. A buyer sees
 * what they pay, a seller what they are paid; only admins see the platform's fee.
 */
final class OrderEndpoints {
    private static final String STATUSES =
            Arrays.stream(OrderStatus.values()).map(OrderStatus::wire).collect(Collectors.joining(", "));

    private final Orders orders;

    private OrderEndpoints(Orders orders) {
        this.orders = orders;
    }

    static List<Route> routes(Orders orders) {
        OrderEndpoints endpoints = new OrderEndpoints(orders);
        return List.of(
                Route.get("/api/v1/orders", Route.Access.USER, request -> endpoints.list(request, role(request))),
                Route.get(
                        "/api/v1/orders/buyer", Route.Access.USER, request -> endpoints.list(request, OrderRole.BUYER)),
                Route.get(
                        "/api/v1/orders/seller",
                        Route.Access.USER,
                        request -> endpoints.list(request, OrderRole.SELLER)),
                Route.get("/api/v1/orders/{id}", Route.Access.USER, endpoints::one),
                Route.get("/api/v1/orders/{id}/history", Route.Access.USER, endpoints::history),
                Route.get("/api/v1/orders/{id}/shipping", Route.Access.USER, endpoints::shipping),
                Route.put(
                                "/api/v1/orders/{id}/cancel",
                                Route.Access.USER,
                                request -> endpoints.update(
                                        request, (viewer, id) -> orders.cancel(viewer, id, text(request, "reason"))))
                        .withIdempotencyKey(),
                Route.put(
                                "/api/v1/orders/{id}/tracking",
                                Route.Access.USER,
                                request -> endpoints.update(request, (viewer, id) -> ship(orders, request, viewer, id)))
                        .withIdempotencyKey(),
                Route.put(
                                "/api/v1/orders/{id}/delivered",
                                Route.Access.USER,
                                request -> endpoints.update(request, orders::confirmDelivery))
                        .withIdempotencyKey(),
                Route.put(
                                "/api/v1/orders/{id}/complete",
                                Route.Access.USER,
                                request -> endpoints.update(request, orders::complete))
                        .withIdempotencyKey(),
                Route.put(
                                "/api/v1/orders/{id}/shipping-address",
                                Route.Access.USER,
                                request -> endpoints.update(
                                        request, (viewer, id) -> changeAddress(orders, request, viewer, id)))
                        .withIdempotencyKey(),
                Route.put(
                                "/api/v1/orders/{id}/status",
                                Route.Access.ADMIN,
                                request -> endpoints.update(
                                        request, (viewer, id) -> override(orders, request, viewer, id)))
                        .withIdempotencyKey());
    }

    private ApiResponse list(ApiRequest request, OrderRole role) {
        var paging = Pagination.of(request);
        OrderStatus status = request.queryParameter("status")
                .map(value ->
                        OrderStatus.fromWire(value).orElseThrow(() -> invalid("status", "must be one of " + STATUSES)))
                .orElse(null);
        Viewer viewer = viewer(request);
        return ApiResponse.ok(
                Pagination.body(orders.list(viewer, role, status, paging), order -> orderBody(order, viewer)));
    }

    private ApiResponse one(ApiRequest request) {
        Viewer viewer = viewer(request);
        return found(request, viewer)
                .map(order -> ApiResponse.ok(orderBody(order, viewer)))
                .orElseGet(() -> notFound(request));
    }

    private ApiResponse history(ApiRequest request) {
        return PathIds.parse(request.pathParameter("id"))
                .flatMap(id -> orders.history(viewer(request), id))
                .map(entries -> ApiResponse.ok(Map.of(
                        "items",
                        entries.stream().map(OrderEndpoints::historyBody).toList())))
                .orElseGet(() -> notFound(request));
    }

    private ApiResponse shipping(ApiRequest request) {
        return found(request, viewer(request))
                .map(order -> ApiResponse.ok(shippingBody(order)))
                .orElseGet(() -> notFound(request));
    }

    private ApiResponse update(ApiRequest request, BiFunction<Viewer, Long, OrderUpdate> change) {
        Optional<Long> id = PathIds.parse(request.pathParameter("id"));
        if (id.isEmpty()) {
            return notFound(request);
        }
        Viewer viewer = viewer(request);
        return answer(request, viewer, change.apply(viewer, id.get()));
    }

    /** The order as it now stands, or the problem of a refused step. */
    static ApiResponse answer(ApiRequest request, Viewer viewer, OrderUpdate result) {
        if (result instanceof OrderUpdate.Updated updated) {
            return ApiResponse.ok(orderBody(updated.order(), viewer));
        }
        if (result instanceof OrderUpdate.Invalid invalid) {
            return Problem.validation(invalid.errors()).toResponse();
        }
        if (result instanceof OrderUpdate.WrongStatus wrong) {
            return Problem.conflict(wrong.reason()).toResponse();
        }
        if (result instanceof OrderUpdate.NotAllowed notAllowed) {
            return Problem.forbidden(notAllowed.reason()).toResponse();
        }
        return notFound(request);
    }

    private Optional<Order> found(ApiRequest request, Viewer viewer) {
        return PathIds.parse(request.pathParameter("id")).flatMap(id -> orders.find(viewer, id));
    }

    private static OrderUpdate ship(Orders orders, ApiRequest request, Viewer viewer, long id) {
        JsonFields fields = request.json();
        String carrier = fields.requiredText("carrier");
        String trackingNumber = fields.requiredText("tracking_number");
        fields.validated();
        return orders.ship(viewer, id, carrier, trackingNumber);
    }

    private static OrderUpdate changeAddress(Orders orders, ApiRequest request, Viewer viewer, long id) {
        JsonFields fields = request.json();
        Long addressId = fields.requiredLong("address_id");
        fields.validated();
        return orders.changeShippingAddress(viewer, id, addressId);
    }

    private static OrderUpdate override(Orders orders, ApiRequest request, Viewer viewer, long id) {
        JsonFields fields = request.json();
        String status = fields.requiredText("status");
        String note = fields.requiredText("note");
        fields.validated();
        OrderStatus to =
                OrderStatus.fromWire(status).orElseThrow(() -> invalid("status", "must be one of " + STATUSES));
        return orders.override(viewer, id, to, note);
    }

    private static String text(ApiRequest request, String field) {
        JsonFields fields = request.json();
        String value = fields.requiredText(field);
        fields.validated();
        return value;
    }

    private static OrderRole role(ApiRequest request) {
        return request.queryParameter("role")
                .map(value -> Arrays.stream(OrderRole.values())
                        .filter(role -> role.name().equalsIgnoreCase(value))
                        .findFirst()
                        .orElseThrow(() -> invalid("role", "must be buyer or seller")))
                .orElse(null);
    }

    static Viewer viewer(ApiRequest request) {
        Caller caller = request.requireCaller();
        return new Viewer(caller.userId(), caller.isAdmin());
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.validation(Map.of(field, message)));
    }

    static ApiResponse notFound(ApiRequest request) {
        return Problem.notFound("You have no order " + request.pathParameter("id") + ".")
                .toResponse();
    }

    static Map<String, Object> orderBody(Order order, Viewer viewer) {
        Actor as = order.actorFor(viewer);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", order.id());
        body.put("order_number", order.orderNumber());
        body.put("role", as.wire());
        body.put("status", order.status().wire());
        body.put("match_id", order.matchId());
        body.put("buyer_id", order.buyerId());
        body.put("seller_id", order.sellerId());
        body.put("product_id", order.productId());
        body.put("size_id", order.sizeId());
        body.put("quantity", order.amounts().quantity());
        body.put("price", Amounts.decimal(order.amounts().price()));
        if (as != Actor.SELLER) {
            body.put("buyer_fee", Amounts.decimal(order.amounts().buyerFee()));
            body.put("total_amount", Amounts.decimal(order.amounts().totalAmount()));
        }
        if (as != Actor.BUYER) {
            body.put("seller_fee", Amounts.decimal(order.amounts().sellerFee()));
            body.put("seller_payout", Amounts.decimal(order.amounts().sellerPayout()));
        }
        if (as == Actor.ADMIN) {
            body.put("platform_fee", Amounts.decimal(order.amounts().platformFee()));
        }
        body.put("currency", order.currency());
        body.put("shipping_address_id", order.shippingAddressId());
        body.put("carrier", carrier(order));
        body.put("tracking_number", order.shipment().trackingNumber());
        body.put("cancellation_reason", order.cancellationReason());
        Order.Timeline timeline = order.timeline();
        body.put("created_at", timeline.createdAt());
        body.put("paid_at", timeline.paidAt());
        body.put("shipped_at", timeline.shippedAt());
        body.put("delivered_at", timeline.deliveredAt());
        body.put("completed_at", timeline.completedAt());
        body.put("cancelled_at", timeline.cancelledAt());
        body.put("updated_at", timeline.updatedAt());
        body.put("dispute", order.dispute() == null ? null : disputeBody(order.dispute()));
        return body;
    }

    private static Map<String, Object> disputeBody(Dispute dispute) {
        Dispute.Resolution resolution = dispute.resolution();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", dispute.reason().wire());
        body.put("details", dispute.details());
        body.put("opened_at", dispute.openedAt());
        body.put("resolution", resolution == null ? null : resolution.outcome().wire());
        body.put("resolution_note", resolution == null ? null : resolution.note());
        body.put("resolved_at", resolution == null ? null : resolution.resolvedAt());
        return body;
    }

    private static Map<String, Object> shippingBody(Order order) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("order_id", order.id());
        body.put("status", order.status().wire());
        body.put("shipping_address_id", order.shippingAddressId());
        body.put("carrier", carrier(order));
        body.put("tracking_number", order.shipment().trackingNumber());
        body.put("shipped_at", order.timeline().shippedAt());
        body.put("delivered_at", order.timeline().deliveredAt());
        return body;
    }

    private static String carrier(Order order) {
        return order.shipment().carrier() == null
                ? null
                : order.shipment().carrier().wire();
    }

    private static Map<String, Object> historyBody(HistoryEntry entry) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", entry.status().wire());
        body.put("note", entry.note());
        body.put(
                "created_by",
                entry.createdBy() == null ? null : entry.createdBy().wire());
        body.put("created_at", entry.createdAt());
        return body;
    }
}
