package com.sneakers.marketplace.payments.payouts.adapter;

import com.sneakers.marketplace.payments.payouts.Payout;
import com.sneakers.marketplace.payments.payouts.PayoutEvent;
import com.sneakers.marketplace.payments.payouts.PayoutEventLog;
import com.sneakers.marketplace.payments.payouts.SellerPayoutsEnabledEvent;
import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code payout.*} events ({@code payout.paid}, {@code payout.failed}, {@code payout.reversed}) and
 * {@code seller.payouts_enabled}, which the payout function consumes to pay the seller's waiting
 * payouts. Appended to the outbox in the current transaction.
 */
final class PayoutEvents implements PayoutEventLog {
    private final Transactions transactions;
    private final Outbox outbox;

    PayoutEvents(DataSource dataSource, Outbox outbox) {
        this.transactions = new Transactions(dataSource);
        this.outbox = outbox;
    }

    @Override
    public void payoutMoved(Payout payout, String reason, Instant at) {
        PayoutEvent event = new PayoutEvent(
                UUID.randomUUID(),
                at,
                payout.payoutId(),
                payout.orderId(),
                payout.orderNumber(),
                payout.sellerId(),
                payout.amount().amount().toPlainString(),
                payout.currency(),
                payout.status().wire(),
                payout.stripeAccountId(),
                payout.stripeTransferId(),
                reason);
        append(OutboxEvent.of(PayoutEvent.SOURCE, PayoutEvent.typeOf(payout.status()), event));
    }

    @Override
    public void sellerPayoutsEnabled(long sellerId, String stripeAccountId, Instant at) {
        SellerPayoutsEnabledEvent event =
                new SellerPayoutsEnabledEvent(UUID.randomUUID(), at, sellerId, stripeAccountId);
        append(OutboxEvent.of(SellerPayoutsEnabledEvent.SOURCE, SellerPayoutsEnabledEvent.TYPE, event));
    }

    private void append(OutboxEvent event) {
        transactions.inTransaction("append " + event.detailType(), transaction -> {
            outbox.append(transaction, event);
            return null;
        });
    }
}
