/**
 * The transactional outbox: domain events stored with the change that caused them and relayed to the
 * EventBridge bus.
 */
package com.sneakers.marketplace.platform.outbox;
