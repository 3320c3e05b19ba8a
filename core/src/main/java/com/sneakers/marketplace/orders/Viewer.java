package com.sneakers.marketplace.orders;

/** The signed-in user asking: admins see and act on every order, others only on their own. */
public record Viewer(long userId, boolean admin) {}
