package com.sneakers.marketplace.orders;

/**
 * Which orders to list: those of {@code userId} (as buyer, seller or either when {@code role} is
 * null), or every order when {@code userId} is null; only those with {@code status} when it is set.
 */
public record OrderQuery(Long userId, OrderRole role, OrderStatus status) {}
