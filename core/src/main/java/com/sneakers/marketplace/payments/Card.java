package com.sneakers.marketplace.payments;

/** What may be shown of a card: its brand (visa, mastercard, ...) and last four digits. */
public record Card(String brand, String last4) {}
