/**
 * Re-driving what a lost or dead-lettered message would have done: a bounded scan of a time window for
 * work whose message never had its effect.
 */
package com.sneakers.marketplace.platform.redrive;
