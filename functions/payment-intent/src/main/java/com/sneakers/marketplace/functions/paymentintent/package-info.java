/**
 * The payment-intent function, which makes each new order's PaymentIntent and refunds or cancels it when the
 * order is cancelled.
 */
package com.sneakers.marketplace.functions.paymentintent;
