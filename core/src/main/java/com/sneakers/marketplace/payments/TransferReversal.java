package com.sneakers.marketplace.payments;

/** A (partial) reversal of a transfer to a connected account. */
public record TransferReversal(String id, String transferId, long amountCents) {}
