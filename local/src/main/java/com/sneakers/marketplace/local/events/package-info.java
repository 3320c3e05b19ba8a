/** The local stand-ins for the template's SQS event sources and schedules. */
package com.sneakers.marketplace.local.events;
