package com.sneakers.marketplace.payments.payouts.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.payments.payouts.AccountOpening;
import com.sneakers.marketplace.payments.payouts.PayoutAccounts;
import com.sneakers.marketplace.payments.payouts.SellerAccount;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingGateway;
import com.sneakers.marketplace.testing.TestContexts;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestRows;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Sellers' payout accounts against stripe-mock, which checks each Connect request against Stripe's API. */
class PayoutAccountsIT {
    private final DataSource database = TestDatabase.migrated();
    private final TestRows rows = new TestRows(database);
    private final PayoutAccounts accounts = TestContexts.payouts(
                    database,
                    new Outbox(),
                    new RecordingGateway(),
                    new MutableClock(Instant.parse("2026-11-25T12:00:00Z")))
            .accounts();

    @Test
    void aSellerOpensAnExpressAccountAndGetsAnOnboardingLink() {
        long seller = rows.user("seller");
        assertThat(accounts.find(seller)).isEmpty();

        AccountOpening.Opened opened = (AccountOpening.Opened) accounts.open(seller);

        assertThat(opened.account().stripeAccountId()).startsWith("acct_");
        assertThat(opened.account().payoutsEnabled()).isFalse();
        assertThat(opened.onboardingUrl()).startsWith("https://");
        assertThat(accounts.find(seller)).contains(opened.account());
    }

    @Test
    void askingAgainKeepsTheSameAccountAndGivesANewLink() {
        long seller = rows.user("seller");
        SellerAccount first = ((AccountOpening.Opened) accounts.open(seller)).account();

        AccountOpening.Opened again = (AccountOpening.Opened) accounts.open(seller);

        assertThat(again.account().stripeAccountId()).isEqualTo(first.stripeAccountId());
        assertThat(rows.number("SELECT count(*) FROM seller_accounts")).isEqualTo(1);
    }
}
