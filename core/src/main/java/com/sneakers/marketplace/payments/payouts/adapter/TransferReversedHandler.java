package com.sneakers.marketplace.payments.payouts.adapter;

import com.sneakers.marketplace.payments.adapter.StripeEvent;
import com.sneakers.marketplace.payments.adapter.StripeEventHandler;
import com.sneakers.marketplace.payments.payouts.PayoutService;
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
        if (!event.object().path("reversed").asBoolean(false)) {
            LOG.info("Event {}: transfer {} is not fully reversed; nothing to change", event.id(), transferId);
            return new Outcome.Applied();
        }
        if (payouts.transferReversed(transferId)) {
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
