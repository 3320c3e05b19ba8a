/**
 * Payouts and sellers' accounts over Stripe Connect and Postgres, with the webhook handlers that apply
 * Stripe's account and transfer events.
 */
package com.sneakers.marketplace.payments.payouts.adapter;
