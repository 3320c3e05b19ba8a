/** Payouts of completed orders to their sellers, and the sellers' Stripe Connect accounts they are paid into. */
package com.sneakers.marketplace.payments.payouts;
