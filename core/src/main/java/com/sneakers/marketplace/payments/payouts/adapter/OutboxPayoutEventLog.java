package com.sneakers.marketplace.payments.payouts.adapter;

import com.sneakers.marketplace.payments.payouts.Payout;
import com.sneakers.marketplace.payments.payouts.PayoutEventLog;
import com.sneakers.marketplace.platform.db.Transactions;
import java.time.Instant;
import javax.sql.DataSource;

/** The payout events, appended to the outbox in the current transaction. */
final class OutboxPayoutEventLog implements PayoutEventLog {
    private final Transactions transactions;
    private final PayoutEvents events;

    OutboxPayoutEventLog(DataSource dataSource, PayoutEvents events) {
        this.transactions = new Transactions(dataSource);
        this.events = events;
    }

    @Override
    public void payoutMoved(Payout payout, String reason, Instant at) {
        transactions.inTransaction("append the event of payout " + payout.payoutId(), transaction -> {
            events.payoutMoved(transaction, payout, reason, at);
            return null;
        });
    }

    @Override
    public void sellerPayoutsEnabled(long sellerId, String stripeAccountId, Instant at) {
        transactions.inTransaction("append seller.payouts_enabled of seller " + sellerId, transaction -> {
            events.sellerPayoutsEnabled(transaction, sellerId, stripeAccountId, at);
            return null;
        });
    }
}
