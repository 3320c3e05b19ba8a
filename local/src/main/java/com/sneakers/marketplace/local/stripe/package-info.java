/**
 * The local runtime's Stripe: one API base in front of localstripe and stripe-mock, and the webhook endpoint
 * registered at localstripe.
 */
package com.sneakers.marketplace.local.stripe;
