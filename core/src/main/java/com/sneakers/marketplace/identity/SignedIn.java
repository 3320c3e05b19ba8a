package com.sneakers.marketplace.identity;

/** The user proved who they are and holds a fresh token pair. */
public record SignedIn(User user, TokenPair tokens) implements RegisterResult, LoginResult, RefreshResult {}
