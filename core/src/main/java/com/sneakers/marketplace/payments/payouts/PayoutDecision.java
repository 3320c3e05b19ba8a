package com.sneakers.marketplace.payments.payouts;

/** What to do with a pending payout now. */
public sealed interface PayoutDecision {

    /** Transfer to this account, funded by this charge. */
    record Transfer(String destinationAccountId, String sourceChargeId) implements PayoutDecision {}

    /** Not yet: the reason clears by itself (onboarding finishes, the charge id arrives). */
    record Wait(String reason) implements PayoutDecision {}

    /** Never: the order is no longer one to pay out. */
    record Refuse(String reason) implements PayoutDecision {}
}
