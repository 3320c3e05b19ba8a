package com.sneakers.marketplace.payments.payouts.adapter;

import com.sneakers.marketplace.payments.ConnectedAccount;
import com.sneakers.marketplace.payments.adapter.StripeEvent;
import com.sneakers.marketplace.payments.adapter.StripeEventHandler;
import com.sneakers.marketplace.payments.payouts.PayoutAccounts;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code account.updated}: records the seller's payouts/charges/details flags. When payouts have just
 * become enabled it appends {@code seller.payouts_enabled}, which the payout function consumes to pay
 * the seller's waiting payouts after this transaction commits (no Stripe call inside the processor's
 * transaction; the sweeper's reconciliation catches anything missed). An account that is not one of
 * our sellers' is acknowledged: Stripe (and shared emulators) send every connected account's updates.
 */
public final class AccountUpdatedHandler implements StripeEventHandler {
    static final String ACCOUNT_UPDATED = "account.updated";
    private static final Logger LOG = LoggerFactory.getLogger(AccountUpdatedHandler.class);

    private final PayoutAccounts accounts;

    public AccountUpdatedHandler(PayoutAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean handles(String eventType) {
        return ACCOUNT_UPDATED.equals(eventType);
    }

    @Override
    public Outcome handle(Connection transaction, StripeEvent event) throws SQLException {
        ConnectedAccount account = new ConnectedAccount(
                event.objectId(),
                event.object().path("payouts_enabled").asBoolean(false),
                event.object().path("charges_enabled").asBoolean(false),
                event.object().path("details_submitted").asBoolean(false));
        if (!accounts.applyState(account)) {
            LOG.info("Event {}: account {} is no seller's of ours; acknowledged", event.id(), account.id());
        }
        return new Outcome.Applied();
    }
}
