package com.sneakers.marketplace.payments.payouts;

import java.util.List;
import java.util.UUID;

/**
 * What one attempt left the payout as, why ({@code note}), and the outbox events it appended (to
 * publish after commit).
 */
public record PayoutAttempt(Payout payout, String note, List<UUID> eventIds) {
    public PayoutAttempt {
        eventIds = List.copyOf(eventIds);
    }
}
