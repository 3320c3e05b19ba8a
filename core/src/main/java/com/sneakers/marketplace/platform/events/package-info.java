/**
 * The contract every event detail shares, and reading EventBridge events out of the SQS batches that feed the
 * functions, reporting only the records that failed.
 */
package com.sneakers.marketplace.platform.events;
