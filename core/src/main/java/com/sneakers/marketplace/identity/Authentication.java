package com.sneakers.marketplace.identity;

/** The verdict on a presented access token. */
public sealed interface Authentication permits Authenticated, Unauthenticated {}
