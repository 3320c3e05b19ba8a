package com.sneakers.marketplace.orders;

import java.time.Instant;

/**
 * A buyer's report of a problem with a shipped or delivered order, and once an admin has decided, its
 * {@code resolution} (null until then). An order has at most one.
 */
public record Dispute(DisputeReason reason, String details, long openedBy, Instant openedAt, Resolution resolution) {

    /** A new dispute, not yet resolved. */
    public static Dispute opened(DisputeReason reason, String details, long openedBy, Instant openedAt) {
        return new Dispute(reason, details, openedBy, openedAt, null);
    }

    public boolean isResolved() {
        return resolution != null;
    }

    /** Whether this dispute is the report of {@code reason} with {@code details}, as the buyer sent it again. */
    public boolean reports(DisputeReason reason, String details) {
        return this.reason == reason && this.details.equals(details);
    }

    public Dispute resolved(Resolution resolution) {
        return new Dispute(reason, details, openedBy, openedAt, resolution);
    }

    /** An admin's decision on the dispute, with their note. */
    public record Resolution(DisputeOutcome outcome, long resolvedBy, Instant resolvedAt, String note) {}
}
