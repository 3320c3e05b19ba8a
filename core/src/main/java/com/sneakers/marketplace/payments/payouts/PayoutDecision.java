package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.platform.money.Money;

/** What to do with a pending payout now. */
public sealed interface PayoutDecision {

    /** Transfer {@code amount} to this account, funded by this charge. */
    record Transfer(String destinationAccountId, String sourceChargeId, Money amount) implements PayoutDecision {}

    /** Not yet: the reason clears by itself (onboarding finishes, the charge id arrives, a refund settles). */
    record Wait(String reason) implements PayoutDecision {}

    /** Never: the order is no longer one to pay out, or the buyer got the seller's share back. */
    record Refuse(String reason) implements PayoutDecision {}
}
