package com.sneakers.marketplace.identity;

/** A person's validated name and optional phone, trimmed. {@code phone} may be null. */
public record PersonalDetails(String firstName, String lastName, String phone) {}
