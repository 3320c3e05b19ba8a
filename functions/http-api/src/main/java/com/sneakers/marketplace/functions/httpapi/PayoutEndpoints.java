package com.sneakers.marketplace.functions.httpapi;

import com.sneakers.marketplace.payments.payouts.AccountOpening;
import com.sneakers.marketplace.payments.payouts.Payout;
import com.sneakers.marketplace.payments.payouts.PayoutRedrive;
import com.sneakers.marketplace.payments.payouts.PayoutStatus;
import com.sneakers.marketplace.payments.payouts.SellerAccount;
import com.sneakers.marketplace.payments.payouts.adapter.PayoutsModule;
import com.sneakers.marketplace.platform.http.ApiRequest;
import com.sneakers.marketplace.platform.http.ApiResponse;
import com.sneakers.marketplace.platform.http.Problem;
import com.sneakers.marketplace.platform.http.ProblemException;
import com.sneakers.marketplace.platform.http.Route;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A seller's Stripe payout account and the payouts of their completed orders; an admin's re-drive of a failed payout. */
final class PayoutEndpoints {
    private static final String STATUSES =
            Arrays.stream(PayoutStatus.values()).map(PayoutStatus::wire).collect(Collectors.joining(", "));

    private final PayoutsModule payouts;

    private PayoutEndpoints(PayoutsModule payouts) {
        this.payouts = payouts;
    }

    static List<Route> routes(PayoutsModule payouts) {
        PayoutEndpoints endpoints = new PayoutEndpoints(payouts);
        return List.of(
                Route.get("/api/v1/payouts", Route.Access.USER, endpoints::list),
                Route.get("/api/v1/users/payout-account", Route.Access.USER, endpoints::account),
                Route.post("/api/v1/users/payout-account", Route.Access.USER, endpoints::open),
                Route.post("/api/v1/admin/payouts/{id}/retry", Route.Access.ADMIN, endpoints::retry));
    }

    private ApiResponse list(ApiRequest request) {
        var paging = Pagination.of(request);
        PayoutStatus status = request.queryParameter("status")
                .map(value -> PayoutStatus.fromWire(value)
                        .orElseThrow(() -> new ProblemException(
                                Problem.validation(Map.of("status", "must be one of " + STATUSES)))))
                .orElse(null);
        long seller = request.requireCaller().userId();
        return ApiResponse.ok(
                Pagination.body(payouts.payouts().listOfSeller(seller, status, paging), PayoutEndpoints::payoutBody));
    }

    private ApiResponse account(ApiRequest request) {
        return payouts.accounts()
                .find(request.requireCaller().userId())
                .map(account -> ApiResponse.ok(accountBody(account, null)))
                .orElseGet(() -> Problem.notFound("You have no payout account yet; create it with POST.")
                        .toResponse());
    }

    private ApiResponse open(ApiRequest request) {
        AccountOpening opening = payouts.accounts().open(request.requireCaller().userId());
        if (opening instanceof AccountOpening.Opened opened) {
            return ApiResponse.ok(accountBody(opened.account(), opened.onboardingUrl()));
        }
        return Problem.of(502, "Bad Gateway", ((AccountOpening.Refused) opening).reason())
                .toResponse();
    }

    /** An admin re-drives a failed payout: pending again and attempted at once. */
    private ApiResponse retry(ApiRequest request) {
        String payoutId = request.pathParameter("id");
        PayoutRedrive redrive = payouts.payouts().retry(payoutId);
        if (redrive instanceof PayoutRedrive.Attempted attempted) {
            return ApiResponse.ok(payoutBody(attempted.attempt().payout()));
        }
        if (redrive instanceof PayoutRedrive.NotFailed notFailed) {
            return Problem.conflict("Payout " + payoutId + " is "
                            + notFailed.payout().status().wire() + "; only a failed payout can be retried.")
                    .toResponse();
        }
        return Problem.notFound("There is no payout " + payoutId + ".").toResponse();
    }

    private static Map<String, Object> accountBody(SellerAccount account, String onboardingUrl) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stripe_account_id", account.stripeAccountId());
        body.put("payouts_enabled", account.payoutsEnabled());
        body.put("charges_enabled", account.chargesEnabled());
        body.put("details_submitted", account.detailsSubmitted());
        body.put("onboarding_url", onboardingUrl);
        return body;
    }

    private static Map<String, Object> payoutBody(Payout payout) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("payout_id", payout.payoutId());
        body.put("order_id", payout.orderId());
        body.put("order_number", payout.orderNumber());
        body.put("amount", Amounts.decimal(payout.amount()));
        body.put("currency", payout.currency());
        body.put("status", payout.status().wire());
        body.put("stripe_transfer_id", payout.stripeTransferId());
        body.put("processed_at", payout.processedAt());
        body.put("created_at", payout.createdAt());
        body.put("updated_at", payout.updatedAt());
        return body;
    }
}
