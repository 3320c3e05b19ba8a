package com.sneakers.marketplace.functions.stripewebhook;

import com.sneakers.marketplace.payments.adapter.StripeEvent;

/** Where verified Stripe events wait for the processor. */
interface WebhookQueue {
    /** Enqueues the event's raw body; throws when it could not, so Stripe delivers it again. */
    void enqueue(StripeEvent event, String rawBody);
}
