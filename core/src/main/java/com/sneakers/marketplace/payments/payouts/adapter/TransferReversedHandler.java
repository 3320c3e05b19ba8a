package com.sneakers.marketplace.payments.payouts.adapter;

import com.sneakers.marketplace.payments.adapter.StripeEvent;
import com.sneakers.marketplace.payments.adapter.StripeEventHandler;
import com.sneakers.marketplace.payments.payouts.PayoutService;
import com.sneakers.marketplace.platform.money.Money;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code transfer.reversed} and {@code transfer.updated}: a transfer Stripe reports fully reversed
 * ({@code reversed: true}) makes its paid payout {@code reversed}; a partial reversal is only logged.
 * A transfer we have not recorded yet whose {@code transfer_group} names an order whose payout is
 * being transferred is {@link Outcome.NotYetKnown} (the webhook outran our settlement); any other
 * unknown transfer is someone else's and is acknowledged.
 */
public final class TransferReversedHandler implements StripeEventHandler {
    static final String TRANSFER_REVERSED = "transfer.reversed";
    static final String TRANSFER_UPDATED = "transfer.updated";
    private static final Logger LOG = LoggerFactory.getLogger(TransferReversedHandler.class);

    private final PayoutService payouts;

    public TransferReversedHandler(PayoutService payouts) {
        this.payouts = payouts;
    }

    @Override
    public boolean handles(String eventType) {
        return TRANSFER_REVERSED.equals(eventType) || TRANSFER_UPDATED.equals(eventType);
    }

    @Override
    public Outcome handle(Connection transaction, StripeEvent event) throws SQLException {
        String transferId = event.objectId();
        long reversedCents = event.object().path("amount_reversed").asLong(0);
        if (reversedCents == 0 && event.object().path("reversed").asBoolean(false)) {
            reversedCents = event.object().path("amount").asLong(0);
        }
        if (reversedCents == 0) {
            LOG.info("Event {}: nothing of transfer {} is reversed; nothing to change", event.id(), transferId);
            return new Outcome.Applied();
        }
        Money reversed = Money.ofMinorUnits(
                reversedCents, event.object().path("currency").asText("usd"));
        if (payouts.transferReversed(transferId, reversed)) {
            return new Outcome.Applied();
        }
        String transferGroup = event.object().path("transfer_group").asText("");
        if (!transferGroup.isEmpty() && payouts.awaitsTransfer(transferGroup)) {
            return new Outcome.NotYetKnown(
                    "transfer " + transferId + " of order " + transferGroup + " is not recorded yet");
        }
        LOG.info("Event {}: transfer {} is no payout of ours; acknowledged", event.id(), transferId);
        return new Outcome.Applied();
    }
}
