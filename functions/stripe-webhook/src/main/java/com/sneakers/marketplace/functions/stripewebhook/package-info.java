/**
 * The Stripe webhook functions: a receiver that verifies events and queues them, and a processor that applies
 * them exactly once.
 */
package com.sneakers.marketplace.functions.stripewebhook;
