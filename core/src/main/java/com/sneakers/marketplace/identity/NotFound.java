package com.sneakers.marketplace.identity;

/** The thing does not exist, or it belongs to someone else: the two are never told apart. */
public record NotFound() implements ProfileUpdateResult, UpdateAddressResult, DeleteAddressResult {}
