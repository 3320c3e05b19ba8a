package com.sneakers.marketplace.reconciliation;

/** One broken money invariant: which, about what, and what was found. */
public record Violation(String invariant, String subject, String detail) {}
