/**
 * The books in Postgres: the matching engine, the readers of offers and market data, and the match events
 * appended to the outbox.
 */
package com.sneakers.marketplace.trading.adapter;
