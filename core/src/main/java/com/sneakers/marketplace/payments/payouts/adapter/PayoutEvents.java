package com.sneakers.marketplace.payments.payouts.adapter;

import com.sneakers.marketplace.payments.payouts.Payout;
import com.sneakers.marketplace.payments.payouts.PayoutEvent;
import com.sneakers.marketplace.payments.payouts.SellerPayoutsEnabledEvent;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * The {@code payout.*} events ({@code payout.paid}, {@code payout.failed}, {@code payout.reversed}) and
 * {@code seller.payouts_enabled}, which the payout function consumes to pay the seller's waiting
 * payouts. Appended in the transaction of the change.
 */
final class PayoutEvents {
    private final Outbox outbox;

    PayoutEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void payoutMoved(Connection transaction, Payout payout, String reason, Instant at) throws SQLException {
        PayoutEvent event = new PayoutEvent(
                UUID.randomUUID(),
                at,
                payout.payoutId(),
                payout.orderId(),
                payout.orderNumber(),
                payout.sellerId(),
                payout.amount().toPlainString(),
                payout.currency(),
                payout.status().wire(),
                payout.stripeAccountId(),
                payout.stripeTransferId(),
                reason);
        outbox.append(transaction, OutboxEvent.of(PayoutEvent.SOURCE, PayoutEvent.typeOf(payout.status()), event));
    }

    void sellerPayoutsEnabled(Connection transaction, long sellerId, String stripeAccountId, Instant at)
            throws SQLException {
        SellerPayoutsEnabledEvent event =
                new SellerPayoutsEnabledEvent(UUID.randomUUID(), at, sellerId, stripeAccountId);
        outbox.append(
                transaction, OutboxEvent.of(SellerPayoutsEnabledEvent.SOURCE, SellerPayoutsEnabledEvent.TYPE, event));
    }
}
