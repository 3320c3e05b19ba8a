package com.sneakers.marketplace.payments.payouts;

/** The answer to a seller asking for their payout account. */
public sealed interface AccountOpening {

    /** The account (new or existing, with Stripe's current flags) and a fresh single-use onboarding link. */
    record Opened(SellerAccount account, String onboardingUrl) implements AccountOpening {}

    /** Stripe refused to open the account or its link. */
    record Refused(String reason) implements AccountOpening {}
}
