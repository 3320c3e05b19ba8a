/**
 * The payout function, which pays sellers for completed orders and pays their waiting payouts once their
 * accounts are enabled.
 */
package com.sneakers.marketplace.functions.payout;
