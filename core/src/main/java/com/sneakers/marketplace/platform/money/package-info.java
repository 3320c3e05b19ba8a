/** Money: exact amounts in a currency, and their conversion to the minor units payment providers count in. */
package com.sneakers.marketplace.platform.money;
