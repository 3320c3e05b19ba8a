package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.platform.money.Money;

/**
 * A transfer to a connected account, funded by the charge {@code sourceChargeId} (so it waits for
 * that charge's funds), grouped with the charge under {@code transferGroup}.
 */
public record NewTransfer(
        long amountCents,
        String currency,
        String destinationAccountId,
        String transferGroup,
        String sourceChargeId,
        String idempotencyKey) {
    public NewTransfer {
        if (amountCents <= 0) {
            throw new IllegalArgumentException("A transfer is for a positive amount, not " + amountCents);
        }
    }

    public static NewTransfer of(
            Money amount,
            String destinationAccountId,
            String transferGroup,
            String sourceChargeId,
            String idempotencyKey) {
        return new NewTransfer(
                amount.minorUnits(),
                amount.lowerCaseCurrency(),
                destinationAccountId,
                transferGroup,
                sourceChargeId,
                idempotencyKey);
    }
}
