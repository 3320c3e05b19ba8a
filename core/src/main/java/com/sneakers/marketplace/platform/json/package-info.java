/** The one JSON mapping used by the API and the events. */
package com.sneakers.marketplace.platform.json;
