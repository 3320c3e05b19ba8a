package com.sneakers.marketplace.payments.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.payments.AccountLink;
import com.sneakers.marketplace.payments.ConnectedAccount;
import com.sneakers.marketplace.payments.GatewayResult;
import com.sneakers.marketplace.payments.NewAccountLink;
import com.sneakers.marketplace.payments.NewConnectedAccount;
import com.sneakers.marketplace.payments.NewPaymentIntent;
import com.sneakers.marketplace.payments.NewRefund;
import com.sneakers.marketplace.payments.NewTransfer;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.PaymentIntent;
import com.sneakers.marketplace.payments.Refund;
import com.sneakers.marketplace.payments.Transfer;
import com.sneakers.marketplace.payments.payouts.RecordingPayoutEventLog.Logged;
import com.sneakers.marketplace.testing.DirectUnitOfWork;
import com.sneakers.marketplace.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Sellers' payout accounts over in-memory ports and a Connect-only Stripe fake. */
class PayoutAccountsTest {
    private static final long SELLER = 20;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final InMemorySellerAccounts accounts = new InMemorySellerAccounts();
    private final RecordingPayoutEventLog events = new RecordingPayoutEventLog();
    private final ConnectStripe stripe = new ConnectStripe();
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
        assertThat(stripe.created)
                .containsExactly(new NewConnectedAccount("seller20@sneakers.example", "US", "payout-account-20"));
        assertThat(again.onboardingUrl()).isNotEqualTo(first.onboardingUrl());
        assertThat(payoutAccounts.find(SELLER)).contains(first.account());
    }

    @Test
    void stripeRefusingTheAccountRecordsNothing() {
        stripe.refuseAccounts = true;

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
        stripe.accounts.put("acct_1", new ConnectedAccount("acct_1", true, true, true));

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

    /** Stripe Connect as far as payout accounts use it: accounts (kept, so a test can change them) and links. */
    private static final class ConnectStripe implements PaymentGateway {
        final List<NewConnectedAccount> created = new CopyOnWriteArrayList<>();
        final Map<String, ConnectedAccount> accounts = new ConcurrentHashMap<>();
        volatile boolean refuseAccounts;

        @Override
        public GatewayResult<ConnectedAccount> createConnectedAccount(NewConnectedAccount account) {
            if (refuseAccounts) {
                return new GatewayResult.Rejected<>(400, Optional.of("country_unsupported"), "Country unsupported");
            }
            created.add(account);
            ConnectedAccount made = new ConnectedAccount("acct_" + created.size(), false, false, false);
            accounts.put(made.id(), made);
            return GatewayResult.succeeded(made);
        }

        @Override
        public GatewayResult<ConnectedAccount> retrieveConnectedAccount(String accountId) {
            return GatewayResult.succeeded(accounts.get(accountId));
        }

        @Override
        public GatewayResult<AccountLink> createAccountLink(NewAccountLink link) {
            return GatewayResult.succeeded(
                    new AccountLink("https://connect.example.test/" + link.idempotencyKey(), Instant.MAX));
        }

        @Override
        public GatewayResult<PaymentIntent> createPaymentIntent(NewPaymentIntent intent) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GatewayResult<PaymentIntent> retrievePaymentIntent(String paymentIntentId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GatewayResult<PaymentIntent> confirmPaymentIntent(
                String paymentIntentId, String paymentMethodId, String idempotencyKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GatewayResult<PaymentIntent> cancelPaymentIntent(String paymentIntentId, String idempotencyKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GatewayResult<Refund> createRefund(NewRefund refund) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GatewayResult<Transfer> createTransfer(NewTransfer transfer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GatewayResult<Transfer> retrieveTransfer(String transferId) {
            throw new UnsupportedOperationException();
        }
    }
}
