package com.sneakers.marketplace.orders;

/** The order of a match: {@code created} is false when it already existed (a redelivered event). */
public record OrderCreation(Order order, boolean created) {}
