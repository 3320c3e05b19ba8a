package com.sneakers.marketplace.functions.httpapi;

import com.sneakers.marketplace.orders.DisputeOutcome;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.OrderUpdate;
import com.sneakers.marketplace.orders.Orders;
import com.sneakers.marketplace.orders.Viewer;
import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.Payments;
import com.sneakers.marketplace.payments.RefundResult;
import com.sneakers.marketplace.platform.http.ApiRequest;
import com.sneakers.marketplace.platform.http.ApiResponse;
import com.sneakers.marketplace.platform.http.JsonFields;
import com.sneakers.marketplace.platform.http.Problem;
import com.sneakers.marketplace.platform.http.ProblemException;
import com.sneakers.marketplace.platform.http.Route;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Disputes: the buyer reports a problem with a shipped or delivered order, and an admin resolves it. A
 * refund is recorded on the dispute first, then asked of Payments in full; the refund's settlement
 * moves the order to refunded. Asking again for the same resolution repeats only what is still undone.
 */
final class DisputeEndpoints {
    private static final Map<String, DisputeOutcome> RESOLUTIONS =
            Map.of("complete", DisputeOutcome.COMPLETED, "refund", DisputeOutcome.REFUNDED);

    private final Orders orders;
    private final Payments payments;

    private DisputeEndpoints(Orders orders, Payments payments) {
        this.orders = orders;
        this.payments = payments;
    }

    static List<Route> routes(Orders orders, Payments payments) {
        DisputeEndpoints endpoints = new DisputeEndpoints(orders, payments);
        return List.of(
                Route.put("/api/v1/orders/{id}/dispute", Route.Access.USER, endpoints::dispute)
                        .withIdempotencyKey(),
                Route.post("/api/v1/admin/orders/{id}/dispute/resolution", Route.Access.ADMIN, endpoints::resolve)
                        .withIdempotencyKey());
    }

    private ApiResponse dispute(ApiRequest request) {
        JsonFields fields = request.json();
        String reason = fields.requiredText("reason");
        String details = fields.requiredText("details");
        fields.validated();
        Optional<Long> id = PathIds.parse(request.pathParameter("id"));
        if (id.isEmpty()) {
            return OrderEndpoints.notFound(request);
        }
        Viewer viewer = OrderEndpoints.viewer(request);
        return OrderEndpoints.answer(request, viewer, orders.dispute(viewer, id.get(), reason, details));
    }

    private ApiResponse resolve(ApiRequest request) {
        JsonFields fields = request.json();
        String resolution = fields.requiredText("resolution");
        String note = fields.requiredText("note");
        fields.validated();
        DisputeOutcome outcome = Optional.ofNullable(RESOLUTIONS.get(resolution))
                .orElseThrow(() ->
                        new ProblemException(Problem.validation(Map.of("resolution", "must be complete or refund"))));
        Optional<Long> id = PathIds.parse(request.pathParameter("id"));
        if (id.isEmpty()) {
            return OrderEndpoints.notFound(request);
        }
        Viewer admin = OrderEndpoints.viewer(request);
        OrderUpdate result = orders.resolveDispute(admin, id.get(), outcome, note);
        if (result instanceof OrderUpdate.Updated updated && awaitsRefund(updated.order())) {
            return refund(request, admin, updated.order());
        }
        return OrderEndpoints.answer(request, admin, result);
    }

    private static boolean awaitsRefund(Order order) {
        return order.status() == OrderStatus.DISPUTED
                && order.dispute().isResolved()
                && order.dispute().resolution().outcome() == DisputeOutcome.REFUNDED;
    }

    private ApiResponse refund(ApiRequest request, Viewer admin, Order order) {
        Optional<Payment> payment = payments.ofOrder(new OrderId(order.id()));
        if (payment.isEmpty()) {
            return Problem.conflict("Order " + order.id() + " has no payment to refund.")
                    .toResponse();
        }
        RefundResult refund = payments.refund(
                payment.get().id(),
                Optional.empty(),
                "Dispute resolved: " + order.dispute().resolution().note(),
                admin.userId());
        if (refund instanceof RefundResult.GatewayRefused) {
            return Problem.of(502, "Bad Gateway", "The payment provider refused the refund; ask again later.")
                    .toResponse();
        }
        Order now = orders.find(admin, order.id()).orElseThrow();
        if (refund instanceof RefundResult.Requested || now.status() == OrderStatus.REFUNDED) {
            return ApiResponse.ok(OrderEndpoints.orderBody(now, admin));
        }
        return Problem.conflict("The payment of order " + order.id() + " cannot be refunded: " + refund + ".")
                .toResponse();
    }
}
