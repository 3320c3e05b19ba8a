package com.sneakers.marketplace.functions.httpapi;

import com.sneakers.marketplace.identity.UserId;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.payments.ConfirmResult;
import com.sneakers.marketplace.payments.IntentResult;
import com.sneakers.marketplace.payments.Payment;
import com.sneakers.marketplace.payments.Payments;
import com.sneakers.marketplace.payments.RefundResult;
import com.sneakers.marketplace.platform.http.ApiRequest;
import com.sneakers.marketplace.platform.http.ApiResponse;
import com.sneakers.marketplace.platform.http.Caller;
import com.sneakers.marketplace.platform.http.JsonFields;
import com.sneakers.marketplace.platform.http.Problem;
import com.sneakers.marketplace.platform.http.Route;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Payments as their buyers see them, and refunds by admins. Someone else's payment or order is a 404.
 * The amount to pay always comes from the order, never from the client; the final state of a
 * confirmed payment arrives by webhook.
 */
final class PaymentEndpoints {
    static final String DECLINED_TYPE = "https://api.sneakers-marketplace.dev/problems/card-declined";

    /** Built on first use: the Stripe key is read then, not while the function starts. */
    private final Payments payments;

    private PaymentEndpoints(Payments payments) {
        this.payments = payments;
    }

    static List<Route> routes(Payments payments) {
        PaymentEndpoints endpoints = new PaymentEndpoints(payments);
        return List.of(
                Route.post("/api/v1/payments/intent", Route.Access.USER, endpoints::intent)
                        .withIdempotencyKey(),
                Route.post("/api/v1/payments/confirm", Route.Access.USER, endpoints::confirm)
                        .withIdempotencyKey(),
                Route.get("/api/v1/payments", Route.Access.USER, endpoints::mine),
                Route.get("/api/v1/payments/{id}", Route.Access.USER, endpoints::one),
                Route.post("/api/v1/payments/{id}/refund", Route.Access.ADMIN, endpoints::refund)
                        .withIdempotencyKey());
    }

    private ApiResponse intent(ApiRequest request) {
        JsonFields fields = request.json();
        Long orderId = fields.requiredLong("order_id");
        fields.validated();
        IntentResult result = payments.startPayment(
                new OrderId(orderId), Optional.of(new UserId(caller(request).userId())));
        if (result instanceof IntentResult.Created created) {
            return ApiResponse.created(intentBody(created.payment(), created.clientSecret()));
        }
        if (result instanceof IntentResult.Existing existing) {
            return ApiResponse.ok(intentBody(existing.payment(), existing.clientSecret()));
        }
        if (result instanceof IntentResult.OrderNotPayable notPayable) {
            return Problem.conflict("Order " + orderId + " is "
                            + notPayable.status().wire() + "; only an order pending payment can be paid.")
                    .toResponse();
        }
        if (result instanceof IntentResult.GatewayRefused) {
            return stripeUnavailable();
        }
        return Problem.notFound("You have no order " + orderId + ".").toResponse();
    }

    private ApiResponse confirm(ApiRequest request) {
        JsonFields fields = request.json();
        String paymentId = fields.requiredText("payment_id");
        String paymentMethod = fields.requiredText("payment_method");
        fields.validated();
        String key = request.header("Idempotency-Key")
                .orElseGet(() -> UUID.randomUUID().toString());
        ConfirmResult result = payments.confirm(paymentId, caller(request).userId(), paymentMethod, key);
        if (result instanceof ConfirmResult.Confirmed confirmed) {
            Map<String, Object> body = paymentBody(confirmed.payment());
            body.put("intent_status", confirmed.intentStatus());
            return ApiResponse.ok(body);
        }
        if (result instanceof ConfirmResult.Declined declined) {
            return new Problem(
                            DECLINED_TYPE,
                            "Your card was declined",
                            402,
                            declined.message(),
                            Map.of("decline_code", declined.declineCode().orElse(declined.code())))
                    .toResponse();
        }
        if (result instanceof ConfirmResult.NotConfirmable notConfirmable) {
            return Problem.conflict("Payment " + paymentId + " is "
                            + notConfirmable.status().wire() + "; it cannot be confirmed.")
                    .toResponse();
        }
        if (result instanceof ConfirmResult.OrderNotPayable notPayable) {
            return Problem.conflict("The order of payment " + paymentId + " is "
                            + notPayable.status().wire() + "; it can no longer be paid.")
                    .toResponse();
        }
        if (result instanceof ConfirmResult.AlreadyConfirmed already) {
            return Problem.conflict("Payment " + paymentId + " was confirmed already (Stripe says "
                            + already.intentStatus() + "); its outcome arrives by webhook.")
                    .toResponse();
        }
        if (result instanceof ConfirmResult.GatewayRefused refused) {
            return Problem.badRequest("Stripe refused the confirmation: " + refused.message())
                    .toResponse();
        }
        return Problem.notFound("You have no payment " + paymentId + ".").toResponse();
    }

    private ApiResponse mine(ApiRequest request) {
        var paging = Pagination.of(request);
        return ApiResponse.ok(
                Pagination.body(payments.ofBuyer(caller(request).userId(), paging), PaymentEndpoints::paymentBody));
    }

    private ApiResponse one(ApiRequest request) {
        long buyer = caller(request).userId();
        return PathIds.parse(request.pathParameter("id"))
                .flatMap(id -> payments.find(id))
                .filter(payment -> payment.userId() == buyer)
                .map(payment -> ApiResponse.ok(paymentBody(payment)))
                .orElseGet(() -> notFound(request));
    }

    private ApiResponse refund(ApiRequest request) {
        Optional<Long> id = PathIds.parse(request.pathParameter("id"));
        JsonFields fields = request.json();
        Optional<BigDecimal> amount = fields.optionalDecimal("amount");
        String reason = fields.requiredText("reason");
        fields.validated();
        if (id.isEmpty()) {
            return notFound(request);
        }
        RefundResult result =
                payments.refund(id.get(), amount, reason, caller(request).userId());
        if (result instanceof RefundResult.Requested requested) {
            Map<String, Object> body = paymentBody(requested.payment());
            body.put("refund", refundBody(requested));
            return ApiResponse.created(body);
        }
        if (result instanceof RefundResult.ExceedsCeiling exceeds) {
            return Problem.conflict("Only " + Amounts.decimal(exceeds.remaining()) + " is left to refund.")
                    .toResponse();
        }
        if (result instanceof RefundResult.NotRefundable notRefundable) {
            return Problem.conflict("Payment " + id.get() + " is "
                            + notRefundable.status().wire() + "; there is nothing to refund.")
                    .toResponse();
        }
        if (result instanceof RefundResult.PayoutInFlight) {
            return Problem.conflict("The seller's payout of this order is being transferred right now; try again in"
                            + " a minute and the refund takes it back from the seller.")
                    .toResponse();
        }
        if (result instanceof RefundResult.NotPositive) {
            return Problem.validation(Map.of("amount", "must be more than 0")).toResponse();
        }
        if (result instanceof RefundResult.GatewayRefused) {
            return stripeUnavailable();
        }
        return notFound(request);
    }

    private static Caller caller(ApiRequest request) {
        return request.requireCaller();
    }

    private static ApiResponse stripeUnavailable() {
        return Problem.of(502, "Bad Gateway", "The payment provider refused the request; try again later.")
                .toResponse();
    }

    private static ApiResponse notFound(ApiRequest request) {
        return Problem.notFound("You have no payment " + request.pathParameter("id") + ".")
                .toResponse();
    }

    private static Map<String, Object> intentBody(Payment payment, String clientSecret) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", payment.id());
        body.put("payment_id", payment.paymentId());
        body.put("order_id", payment.orderId());
        body.put("client_secret", clientSecret);
        body.put("stripe_payment_intent_id", payment.stripePaymentIntentId());
        body.put("amount", Amounts.decimal(payment.amount()));
        body.put("currency", payment.currency());
        body.put("status", payment.status().wire());
        return body;
    }

    private static Map<String, Object> paymentBody(Payment payment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", payment.id());
        body.put("payment_id", payment.paymentId());
        body.put("order_id", payment.orderId());
        body.put("stripe_payment_intent_id", payment.stripePaymentIntentId());
        body.put("amount", Amounts.decimal(payment.amount()));
        body.put("currency", payment.currency());
        body.put("status", payment.status().wire());
        body.put("card_brand", payment.cardBrand());
        body.put("card_last4", payment.cardLast4());
        body.put("refunded_amount", Amounts.decimal(payment.refundedAmount()));
        body.put("processed_at", payment.processedAt());
        body.put("refunded_at", payment.refundedAt());
        body.put("created_at", payment.createdAt());
        body.put("updated_at", payment.updatedAt());
        return body;
    }

    private static Map<String, Object> refundBody(RefundResult.Requested requested) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("refund_id", requested.refund().refundId());
        body.put("stripe_refund_id", requested.refund().stripeRefundId());
        body.put("amount", Amounts.decimal(requested.refund().amount()));
        body.put("status", requested.refund().status());
        body.put("reason", requested.refund().reason());
        return body;
    }
}
