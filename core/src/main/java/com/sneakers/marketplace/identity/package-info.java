/** Accounts, sign-in sessions with their access and refresh tokens, profiles and address books. */
package com.sneakers.marketplace.identity;
