package com.sneakers.marketplace.functions.httpapi;

import com.sneakers.marketplace.payments.ledger.AccountBalance;
import com.sneakers.marketplace.payments.ledger.Ledger;
import com.sneakers.marketplace.platform.http.ApiRequest;
import com.sneakers.marketplace.platform.http.ApiResponse;
import com.sneakers.marketplace.platform.http.Route;
import com.sneakers.marketplace.reconciliation.MoneyReconciliation;
import com.sneakers.marketplace.reconciliation.Violation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Admins' view of the money: the ledger's balances (with what the platform owes sellers, what it earned
 * and what card disputes hold) and the reconciliation's violations.
 */
final class MoneyEndpoints {
    private final Supplier<Ledger> ledger;
    private final Supplier<MoneyReconciliation> reconciliation;

    private MoneyEndpoints(Supplier<Ledger> ledger, Supplier<MoneyReconciliation> reconciliation) {
        this.ledger = ledger;
        this.reconciliation = reconciliation;
    }

    static List<Route> routes(Supplier<Ledger> ledger, Supplier<MoneyReconciliation> reconciliation) {
        MoneyEndpoints endpoints = new MoneyEndpoints(ledger, reconciliation);
        return List.of(
                Route.get("/api/v1/admin/ledger/balances", Route.Access.ADMIN, endpoints::balances),
                Route.get("/api/v1/admin/reconciliation", Route.Access.ADMIN, endpoints::reconciliation));
    }

    private ApiResponse balances(ApiRequest request) {
        List<AccountBalance> balances = ledger.get().balances();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "accounts",
                balances.stream()
                        .map(balance -> Map.of(
                                "account", balance.account(),
                                "currency", balance.balance().currency(),
                                "balance", Amounts.decimal(balance.balance())))
                        .toList());
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("stripe_balance", total(balances, "stripe_balance"::equals, false));
        totals.put("owed_to_sellers", total(balances, account -> account.startsWith("seller_payable:"), true));
        totals.put("held_for_sellers", total(balances, account -> account.startsWith("seller_held:"), true));
        totals.put("earned", total(balances, account -> account.startsWith("revenue:"), true));
        totals.put("held_in_disputes", total(balances, "disputes"::equals, false));
        totals.put("unmatched_charges", total(balances, "unmatched_charges"::equals, true));
        body.put("totals", totals);
        return ApiResponse.ok(body);
    }

    /** Per currency; accounts the platform owes or earned carry credits, shown as positive amounts. */
    private static Map<String, String> total(
            List<AccountBalance> balances, Predicate<String> accounts, boolean credit) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (AccountBalance balance : balances) {
            if (accounts.test(balance.account())) {
                BigDecimal amount = balance.balance().amount();
                sums.merge(balance.balance().currency(), credit ? amount.negate() : amount, BigDecimal::add);
            }
        }
        Map<String, String> shown = new TreeMap<>();
        sums.forEach((currency, sum) -> shown.put(currency, sum.setScale(2).toPlainString()));
        return shown;
    }

    private ApiResponse reconciliation(ApiRequest request) {
        MoneyReconciliation.Report report = reconciliation.get().check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("checked_at", report.checkedAt().toString());
        body.put("invariants_checked", report.invariantsChecked());
        body.put(
                "violations",
                report.violations().stream().map(MoneyEndpoints::violationBody).toList());
        return ApiResponse.ok(body);
    }

    private static Map<String, String> violationBody(Violation violation) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("invariant", violation.invariant());
        body.put("subject", violation.subject());
        body.put("detail", violation.detail());
        return body;
    }
}
