/**
 * Idempotency records in DynamoDB, so a request repeated with the same key gets the first answer instead of
 * running twice.
 */
package com.sneakers.marketplace.platform.idempotency;
