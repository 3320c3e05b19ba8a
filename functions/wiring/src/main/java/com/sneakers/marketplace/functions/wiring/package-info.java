/** Where the contexts meet: each built from its module and handed the ports of the others, and the bootstrap every function shares. */
package com.sneakers.marketplace.functions.wiring;
