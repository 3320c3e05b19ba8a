package com.sneakers.marketplace.payments.payouts;

/** What an admin's re-drive of a payout did. */
public sealed interface PayoutRedrive {

    /** No payout has that id. */
    record NotFound() implements PayoutRedrive {}

    /** Only a failed payout is re-driven; this one is not. */
    record NotFailed(Payout payout) implements PayoutRedrive {}

    /** The payout was made pending again and attempted at once: what the attempt left it as. */
    record Attempted(PayoutAttempt attempt) implements PayoutRedrive {}
}
