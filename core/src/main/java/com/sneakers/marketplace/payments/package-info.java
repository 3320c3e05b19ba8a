/**
 * Paying for orders through Stripe: PaymentIntents, refunds, Connect accounts and transfers, and verified
 * webhook events.
 */
package com.sneakers.marketplace.payments;
