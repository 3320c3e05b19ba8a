package com.sneakers.marketplace.payments.adapter;

/** A webhook delivery checked: a genuine Stripe event, or why it is refused. */
public sealed interface WebhookVerification permits WebhookVerification.Verified, WebhookVerification.Refused {

    record Verified(StripeEvent event) implements WebhookVerification {}

    record Refused(Reason reason) implements WebhookVerification {}

    enum Reason {
        MISSING_SIGNATURE("The Stripe-Signature header is missing"),
        MALFORMED_SIGNATURE("The Stripe-Signature header is malformed"),
        WRONG_SIGNATURE("No signature matches the payload"),
        TOO_OLD("The signature is older than the tolerance"),
        NOT_AN_EVENT("The payload is not a Stripe event");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
