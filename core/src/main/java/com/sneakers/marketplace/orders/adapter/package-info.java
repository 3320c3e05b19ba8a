/**
 * Orders in Postgres, with their status history and the order events appended to the outbox in the same
 * transaction.
 */
package com.sneakers.marketplace.orders.adapter;
