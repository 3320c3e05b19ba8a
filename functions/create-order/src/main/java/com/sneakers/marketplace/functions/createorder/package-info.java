/** The create-order function, which turns each {@code match.created} event into its match's order. */
package com.sneakers.marketplace.functions.createorder;
