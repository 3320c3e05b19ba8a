package com.sneakers.marketplace.payments.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One money movement in double entry: its lines sum to zero in each currency. {@code kind} and
 * {@code reference} (the Stripe object or our own record that moved the money) name it once, so
 * posting the same movement again changes nothing.
 */
public record Journal(JournalKind kind, String reference, long orderId, Instant postedAt, List<JournalLine> lines) {
    public Journal {
        lines = List.copyOf(lines);
        if (lines.size() < 2) {
            throw new IllegalArgumentException("A journal needs at least two lines: " + lines);
        }
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (JournalLine line : lines) {
            sums.merge(line.amount().currency(), line.amount().amount(), BigDecimal::add);
        }
        sums.forEach((currency, sum) -> {
            if (sum.signum() != 0) {
                throw new IllegalArgumentException(
                        kind.wire() + " " + reference + " does not balance: " + sum + " " + currency);
            }
        });
    }
}
