/**
 * Benchmarks that measure the HTTP API, the asynchronous order flow and matching as ratios to baselines taken
 * in the same run.
 */
package com.sneakers.marketplace.bench;
