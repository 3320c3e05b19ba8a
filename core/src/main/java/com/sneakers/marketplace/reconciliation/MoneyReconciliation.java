package com.sneakers.marketplace.reconciliation;

import static com.sneakers.marketplace.platform.db.SqlTime.utc;

import com.sneakers.marketplace.platform.db.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Checks that the money adds up: each invariant is a query returning the subjects that break it (empty
 * when it holds). Obligations that a message or the sweeper settles soon (a cancelled order's refund, a
 * completed order's payout) count only once they are older than {@code grace}.
 */
public final class MoneyReconciliation {
    private static final String CAPTURED = "('succeeded', 'partially_refunded', 'refunded')";
    /** The seller's share of what the buyer got back: refunds come out of the payout first. */
    private static final String SELLER_SHARE_OF_REFUNDS = "LEAST(COALESCE((SELECT sum(r.amount) FROM refunds r"
            + " JOIN payments p ON p.id = r.payment_id WHERE p.order_id = o.id AND r.status = 'succeeded'), 0),"
            + " o.seller_payout)";

    private static final Map<String, String> INVARIANTS = new LinkedHashMap<>();

    static {
        INVARIANTS.put(
                "journal_balances",
                "SELECT 'journal ' || journal_id, sum(amount) || ' ' || currency FROM ledger_lines"
                        + " GROUP BY journal_id, currency HAVING sum(amount) <> 0");
        INVARIANTS.put(
                "capture_is_journaled",
                "SELECT 'payment ' || p.payment_id, 'captured ' || p.amount || ' without a journal' FROM payments p"
                        + " WHERE p.status IN " + CAPTURED + " AND NOT EXISTS (SELECT 1 FROM ledger_journals j"
                        + " WHERE j.kind IN ('charge_captured', 'unmatched_charge')"
                        + " AND j.reference = p.stripe_payment_intent_id)");
        INVARIANTS.put(
                "journaled_capture_exists",
                "SELECT 'journal ' || j.id, 'capture of ' || j.reference || ' but the payment is '"
                        + " || COALESCE(p.status, 'unknown') FROM ledger_journals j LEFT JOIN payments p"
                        + " ON p.stripe_payment_intent_id = j.reference WHERE j.kind = 'charge_captured'"
                        + " AND (p.id IS NULL OR p.status NOT IN " + CAPTURED + ")");
        INVARIANTS.put(
                "succeeded_refund_is_journaled",
                "SELECT 'refund ' || r.stripe_refund_id, r.amount || ' succeeded without a standing journal'"
                        + " FROM refunds r WHERE r.status = 'succeeded' AND (NOT EXISTS (SELECT 1 FROM"
                        + " ledger_journals j WHERE j.kind = 'refund' AND j.reference = r.stripe_refund_id)"
                        + " OR EXISTS (SELECT 1 FROM ledger_journals j WHERE j.kind = 'refund_failed'"
                        + " AND j.reference = r.stripe_refund_id))");
        INVARIANTS.put(
                "journaled_refund_succeeded",
                "SELECT 'refund ' || j.reference, 'journaled but ' || COALESCE(r.status, 'unknown')"
                        + " FROM ledger_journals j LEFT JOIN refunds r ON r.stripe_refund_id = j.reference"
                        + " WHERE j.kind = 'refund' AND (r.id IS NULL OR r.status <> 'succeeded') AND NOT EXISTS"
                        + " (SELECT 1 FROM ledger_journals f WHERE f.kind = 'refund_failed' AND f.reference = j.reference)");
        INVARIANTS.put(
                "refunds_within_payment",
                "SELECT 'payment ' || p.payment_id, 'refunds of ' || sum(r.amount) || ' on ' || p.amount"
                        + " FROM payments p JOIN refunds r ON r.payment_id = p.id"
                        + " WHERE r.status IN ('pending', 'succeeded', 'requires_action')"
                        + " GROUP BY p.id HAVING sum(r.amount) > p.amount");
        INVARIANTS.put(
                "refunded_amount_is_succeeded_refunds",
                "SELECT 'payment ' || p.payment_id, 'says ' || p.refunded_amount || ' refunded, refunds say '"
                        + " || COALESCE(s.total, 0) FROM payments p LEFT JOIN (SELECT payment_id, sum(amount) AS total"
                        + " FROM refunds WHERE status = 'succeeded' GROUP BY payment_id) s ON s.payment_id = p.id"
                        + " WHERE p.refunded_amount <> COALESCE(s.total, 0)");
        INVARIANTS.put(
                "transfer_is_journaled",
                "SELECT 'payout ' || po.payout_id, 'transfer ' || po.stripe_transfer_id || ' of ' || po.amount"
                        + " || ' journaled as ' || COALESCE((-l.amount)::text, 'nothing') FROM payouts po"
                        + " LEFT JOIN ledger_journals j ON j.kind = 'transfer' AND j.reference = po.stripe_transfer_id"
                        + " LEFT JOIN ledger_lines l ON l.journal_id = j.id AND l.account = 'stripe_balance'"
                        + " WHERE po.stripe_transfer_id IS NOT NULL AND (l.id IS NULL OR -l.amount <> po.amount)");
        INVARIANTS.put(
                "journaled_transfer_exists",
                "SELECT 'journal ' || j.id, 'transfer ' || j.reference || ' is no payout' FROM ledger_journals j"
                        + " WHERE j.kind = 'transfer' AND NOT EXISTS (SELECT 1 FROM payouts po"
                        + " WHERE po.stripe_transfer_id = j.reference)");
        INVARIANTS.put(
                "reversals_are_journaled",
                "SELECT 'payout ' || po.payout_id, po.reversed_amount || ' reversed, journaled '"
                        + " || COALESCE(r.total, 0) FROM payouts po LEFT JOIN (SELECT j.order_id, sum(l.amount) AS total"
                        + " FROM ledger_journals j JOIN ledger_lines l ON l.journal_id = j.id"
                        + " WHERE j.kind = 'transfer_reversal' AND l.account = 'stripe_balance' GROUP BY j.order_id) r"
                        + " ON r.order_id = po.order_id WHERE po.reversed_amount <> COALESCE(r.total, 0)");
        INVARIANTS.put(
                "seller_paid_no_more_than_owed",
                "SELECT 'order ' || o.order_number, 'seller kept ' || (po.amount - po.reversed_amount)"
                        + " || ' of a payout of ' || o.seller_payout || ' less refunds' FROM orders o"
                        + " JOIN payouts po ON po.order_id = o.id WHERE po.status IN ('paid', 'reversed', 'processing')"
                        + " AND po.amount - po.reversed_amount > o.seller_payout - " + SELLER_SHARE_OF_REFUNDS);
        INVARIANTS.put(
                "payout_only_for_completed_order",
                "SELECT 'order ' || o.order_number, 'is ' || o.status || ' but its seller kept '"
                        + " || (po.amount - po.reversed_amount) FROM orders o JOIN payouts po ON po.order_id = o.id"
                        + " WHERE po.status IN ('paid', 'processing') AND o.status <> 'completed'"
                        + " AND po.amount - po.reversed_amount > 0");
        INVARIANTS.put(
                "order_moved_on_only_when_paid",
                "SELECT 'order ' || o.order_number, 'is ' || o.status || ' without a captured payment' FROM orders o"
                        + " WHERE o.status NOT IN ('pending_payment', 'cancelled', 'refunded') AND NOT EXISTS"
                        + " (SELECT 1 FROM payments p WHERE p.order_id = o.id AND p.status IN " + CAPTURED + ")");
        INVARIANTS.put(
                "cancelled_or_refunded_order_keeps_no_money",
                "SELECT 'order ' || o.order_number, 'is ' || o.status || ' but only ' || p.refunded_amount"
                        + " || ' of ' || p.amount || ' went back' FROM orders o JOIN payments p ON p.order_id = o.id"
                        + " WHERE o.status IN ('cancelled', 'refunded') AND p.status IN " + CAPTURED
                        + " AND p.review_reason IS NULL AND p.refunded_amount < p.amount AND o.updated_at < ?");
        INVARIANTS.put(
                "completed_order_has_payout",
                "SELECT 'order ' || o.order_number, 'completed at ' || o.completed_at || ' without a payout'"
                        + " FROM orders o WHERE o.status = 'completed' AND o.completed_at < ? AND NOT EXISTS"
                        + " (SELECT 1 FROM payouts po WHERE po.order_id = o.id)");
        INVARIANTS.put(
                "stripe_balance_matches_the_records",
                "SELECT 'order ' || o.order_number, 'ledger says ' || COALESCE(b.total, 0) || ', records say '"
                        + " || x.expected FROM orders o JOIN (SELECT p.order_id, p.amount"
                        + " - p.refunded_amount - COALESCE((SELECT po.amount - po.reversed_amount FROM payouts po"
                        + " WHERE po.order_id = p.order_id AND po.stripe_transfer_id IS NOT NULL), 0) AS expected"
                        + " FROM payments p WHERE p.status IN " + CAPTURED + " AND p.review_reason IS NULL) x"
                        + " ON x.order_id = o.id LEFT JOIN (SELECT j.order_id, sum(l.amount) AS total FROM ledger_journals j"
                        + " JOIN ledger_lines l ON l.journal_id = j.id WHERE l.account = 'stripe_balance'"
                        + " GROUP BY j.order_id) b ON b.order_id = o.id WHERE COALESCE(b.total, 0) <> x.expected");
        INVARIANTS.put(
                "seller_accounts_settle_to_zero",
                "SELECT 'order ' || o.order_number, 'seller accounts hold ' || s.total || ' after the order settled'"
                        + " FROM orders o JOIN (SELECT j.order_id, sum(l.amount) AS total FROM ledger_journals j"
                        + " JOIN ledger_lines l ON l.journal_id = j.id WHERE l.account LIKE 'seller\\_%'"
                        + " GROUP BY j.order_id) s ON s.order_id = o.id WHERE s.total <> 0 AND (EXISTS (SELECT 1"
                        + " FROM payouts po WHERE po.order_id = o.id AND po.status IN ('paid', 'reversed'))"
                        + " OR EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id AND p.status = 'refunded'))");
    }

    private final Transactions transactions;
    private final Clock clock;
    private final Duration grace;

    public MoneyReconciliation(DataSource dataSource, Clock clock, Duration grace) {
        this.transactions = new Transactions(dataSource);
        this.clock = clock;
        this.grace = grace;
    }

    /** The names of the invariants checked, in the order they are checked. */
    public static List<String> invariants() {
        return List.copyOf(INVARIANTS.keySet());
    }

    /** Every violation of every invariant, now. */
    public Report check() {
        Instant now = clock.instant();
        List<Violation> violations = new ArrayList<>();
        transactions.read("the money reconciliation", connection -> {
            for (Map.Entry<String, String> invariant : INVARIANTS.entrySet()) {
                try (PreparedStatement query = connection.prepareStatement(invariant.getValue())) {
                    if (invariant.getValue().contains("?")) {
                        query.setObject(1, utc(now.minus(grace)));
                    }
                    try (ResultSet row = query.executeQuery()) {
                        while (row.next()) {
                            violations.add(new Violation(invariant.getKey(), row.getString(1), row.getString(2)));
                        }
                    }
                }
            }
            return null;
        });
        return new Report(now, INVARIANTS.size(), violations);
    }

    /** What a reconciliation found. */
    public record Report(Instant checkedAt, int invariantsChecked, List<Violation> violations) {
        public Report {
            violations = List.copyOf(violations);
        }
    }
}
