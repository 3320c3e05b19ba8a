/**
 * Payments over stripe-java and Postgres, with the webhook handlers and the reconciliation that apply what
 * Stripe reports.
 */
package com.sneakers.marketplace.payments.adapter;
