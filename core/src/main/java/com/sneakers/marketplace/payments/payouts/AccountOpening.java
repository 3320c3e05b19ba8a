package com.sneakers.marketplace.payments.payouts;

import java.util.List;
import java.util.UUID;

/** The answer to a seller asking for their payout account. */
public sealed interface AccountOpening {

    /** The account (new or existing, with Stripe's current flags) and a fresh single-use onboarding link. */
    record Opened(SellerAccount account, String onboardingUrl, List<UUID> eventIds) implements AccountOpening {
        public Opened {
            eventIds = List.copyOf(eventIds);
        }
    }

    /** Stripe refused to open the account or its link. */
    record Refused(String reason) implements AccountOpening {}
}
