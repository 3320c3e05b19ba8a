package com.sneakers.marketplace.payments.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.payments.ConnectedAccount;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SellerAccounts} promises, run against the in-memory accounts and the JDBC accounts
 * alike, so the fast payout tests over the former say something true about the latter.
 */
public abstract class SellerAccountsContract {
    protected static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    protected abstract SellerAccounts accounts();

    /** A new user who sells. */
    protected abstract long newSeller();

    private static ConnectedAccount onboarding(String id) {
        return new ConnectedAccount(id, false, false, false);
    }

    private static ConnectedAccount enabled(String id) {
        return new ConnectedAccount(id, true, true, true);
    }

    @Test
    void aSellerKeepsTheFirstAccountRecordedForThem() {
        long seller = newSeller();

        SellerAccount first = accounts().insertIfAbsent(seller, onboarding("acct_first"), T0);
        SellerAccount again = accounts().insertIfAbsent(seller, enabled("acct_second"), T0.plusSeconds(1));

        assertThat(first).isEqualTo(new SellerAccount(seller, "acct_first", false, false, false));
        assertThat(again).isEqualTo(first);
        assertThat(accounts().find(seller)).contains(first);
        assertThat(accounts().lockByStripeAccount("acct_second")).isEmpty();
    }

    @Test
    void anAccountsFlagsAreUpdatedByItsStripeIdAndNoOtherAccountChanges() {
        long seller = newSeller();
        long other = newSeller();
        accounts().insertIfAbsent(seller, onboarding("acct_seller"), T0);
        SellerAccount untouched = accounts().insertIfAbsent(other, onboarding("acct_other"), T0);

        accounts().updateFlags(new ConnectedAccount("acct_seller", true, false, true), T0.plusSeconds(60));

        assertThat(accounts().find(seller)).contains(new SellerAccount(seller, "acct_seller", true, false, true));
        assertThat(accounts().find(other)).contains(untouched);
    }

    @Test
    void anAccountIsFoundByItsSellerOrItsStripeIdAndAnUnknownOneIsNot() {
        long seller = newSeller();
        SellerAccount account = accounts().insertIfAbsent(seller, enabled("acct_found"), T0);

        assertThat(accounts().lockByStripeAccount("acct_found")).contains(account);
        assertThat(accounts().lockByStripeAccount("acct_unknown")).isEmpty();
        assertThat(accounts().find(newSeller())).isEmpty();
    }
}
