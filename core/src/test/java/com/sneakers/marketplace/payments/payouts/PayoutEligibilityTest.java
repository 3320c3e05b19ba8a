package com.sneakers.marketplace.payments.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.platform.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PayoutEligibilityTest {
    private static final SellerAccount ENABLED = new SellerAccount(7, "acct_1", true, true, true);
    private static final SellerAccount ONBOARDING = new SellerAccount(7, "acct_1", false, false, false);
    private static final Funding PAID = new Funding(Optional.of("ch_1"), BigDecimal.ZERO, false, false);
    private static final Money OWED = Money.of("181.00", "USD");

    @Test
    void aCompletedOrderOfAnEnabledSellerWithAKnownChargeIsTransferredToTheSellerFromTheCharge() {
        assertThat(PayoutEligibility.decide(OrderStatus.COMPLETED, PAID, OWED, Optional.of(ENABLED)))
                .isEqualTo(new PayoutDecision.Transfer("acct_1", "ch_1", OWED));
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = "COMPLETED", mode = EnumSource.Mode.EXCLUDE)
    void anOrderNotCompletedIsNeverPaidOutEvenWithEverythingElseReady(OrderStatus status) {
        assertThat(PayoutEligibility.decide(status, PAID, OWED, Optional.of(ENABLED)))
                .isInstanceOf(PayoutDecision.Refuse.class);
    }

    @Test
    void aPendingRefundIsWaitedFor() {
        Funding refunding = new Funding(Optional.of("ch_1"), BigDecimal.ZERO, true, false);

        assertThat(PayoutEligibility.decide(OrderStatus.COMPLETED, refunding, OWED, Optional.of(ENABLED)))
                .isEqualTo(new PayoutDecision.Wait("a refund of the order is pending"));
    }

    @Test
    void anOpenCardDisputeHoldsThePayout() {
        Funding disputed = new Funding(Optional.of("ch_1"), BigDecimal.ZERO, false, true);

        assertThat(PayoutEligibility.decide(OrderStatus.COMPLETED, disputed, OWED, Optional.of(ENABLED)))
                .isInstanceOf(PayoutDecision.Wait.class);
    }

    @Test
    void nothingIsTransferredWhenRefundsTookTheSellersWholeShare() {
        assertThat(PayoutEligibility.decide(OrderStatus.COMPLETED, PAID, Money.of("0.00", "USD"), Optional.of(ENABLED)))
                .isInstanceOf(PayoutDecision.Refuse.class);
    }

    @Test
    void aSellerWithoutAnAccountIsWaitedFor() {
        assertThat(PayoutEligibility.decide(OrderStatus.COMPLETED, PAID, OWED, Optional.empty()))
                .isEqualTo(new PayoutDecision.Wait("the seller has no payout account"));
    }

    @Test
    void aSellerStillOnboardingIsWaitedFor() {
        assertThat(PayoutEligibility.decide(OrderStatus.COMPLETED, PAID, OWED, Optional.of(ONBOARDING)))
                .isInstanceOf(PayoutDecision.Wait.class);
    }

    @Test
    void anUnknownChargeIsWaitedForRatherThanRefused() {
        Funding unknownCharge = new Funding(Optional.empty(), BigDecimal.ZERO, false, false);

        assertThat(PayoutEligibility.decide(OrderStatus.COMPLETED, unknownCharge, OWED, Optional.of(ENABLED)))
                .isEqualTo(new PayoutDecision.Wait("the order's charge is not known yet"));
    }
}
