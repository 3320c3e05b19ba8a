/** AWS SDK clients on the lightweight URL-connection HTTP client, configured by the standard AWS chain. */
package com.sneakers.marketplace.platform.aws;
