/**
 * Orders made from matches and their lifecycle: the allowed transitions, their deadlines and the
 * marketplace's fees.
 */
package com.sneakers.marketplace.orders;
