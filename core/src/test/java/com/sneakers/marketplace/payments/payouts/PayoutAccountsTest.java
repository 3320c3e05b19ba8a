package com.sneakers.marketplace.payments.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.payments.ConnectedAccount;
import com.sneakers.marketplace.payments.NewConnectedAccount;
import com.sneakers.marketplace.payments.payouts.RecordingPayoutEventLog.Logged;
import com.sneakers.marketplace.testing.DirectUnitOfWork;
import com.sneakers.marketplace.testing.FakeStripe;
import com.sneakers.marketplace.testing.MutableClock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sellers' payout accounts over in-memory ports and a Connect-only Stripe fake. */
class PayoutAccountsTest {
    private static final long SELLER = 20;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final InMemorySellerAccounts accounts = new InMemorySellerAccounts();
    private final RecordingPayoutEventLog events = new RecordingPayoutEventLog();
    private final FakeStripe stripe = new FakeStripe();
    private final PayoutAccounts payoutAccounts = new PayoutAccounts(
            new DirectUnitOfWork(),
            accounts,
            userId -> Optional.of("seller" + userId + "@sneakers.example"),
            events,
            () -> stripe,
            new PayoutAccounts.OnboardingSettings("US", "https://example.test/refresh", "https://example.test/done"),
            clock);

    @Test
    void openingTwiceCreatesTheStripeAccountOnceAndGivesAFreshLinkEachTime() {
        AccountOpening.Opened first = (AccountOpening.Opened) payoutAccounts.open(SELLER);
        AccountOpening.Opened again = (AccountOpening.Opened) payoutAccounts.open(SELLER);

        assertThat(first.account()).isEqualTo(new SellerAccount(SELLER, "acct_1", false, false, false));
        assertThat(again.account()).isEqualTo(first.account());
        assertThat(stripe.accountsCreated())
                .containsExactly(new NewConnectedAccount("seller20@sneakers.example", "US", "payout-account-20"));
        assertThat(again.onboardingUrl()).isNotEqualTo(first.onboardingUrl());
        assertThat(payoutAccounts.find(SELLER)).contains(first.account());
    }

    @Test
    void stripeRefusingTheAccountRecordsNothing() {
        stripe.refuseAccounts();

        AccountOpening opening = payoutAccounts.open(SELLER);

        assertThat(opening).isInstanceOf(AccountOpening.Refused.class);
        assertThat(payoutAccounts.find(SELLER)).isEmpty();
    }

    @Test
    void payoutsBecomingEnabledAreAnnouncedExactlyOnce() {
        payoutAccounts.open(SELLER);
        ConnectedAccount enabled = new ConnectedAccount("acct_1", true, true, true);

        assertThat(payoutAccounts.applyState(enabled)).isTrue();
        assertThat(payoutAccounts.applyState(enabled)).isTrue();

        assertThat(payoutAccounts.find(SELLER)).contains(new SellerAccount(SELLER, "acct_1", true, true, true));
        assertThat(events.logged()).containsExactly(new Logged("seller.payouts_enabled", "20", "acct_1"));
    }

    @Test
    void reopeningAnAccountStripeHasEnabledMeanwhileAnnouncesItsPayouts() {
        payoutAccounts.open(SELLER);
        stripe.onboarded(new ConnectedAccount("acct_1", true, true, true));

        AccountOpening.Opened again = (AccountOpening.Opened) payoutAccounts.open(SELLER);

        assertThat(again.account().payoutsEnabled()).isTrue();
        assertThat(events.logged()).containsExactly(new Logged("seller.payouts_enabled", "20", "acct_1"));
    }

    @Test
    void theStateOfAnAccountThatIsNoSellersOfOursChangesNothing() {
        assertThat(payoutAccounts.applyState(new ConnectedAccount("acct_someone_else", true, true, true)))
                .isFalse();
        assertThat(events.logged()).isEmpty();
    }
}
