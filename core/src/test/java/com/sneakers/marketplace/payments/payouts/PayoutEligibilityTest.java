package com.sneakers.marketplace.payments.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.orders.OrderStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PayoutEligibilityTest {
    private static final SellerAccount ENABLED = new SellerAccount(7, "acct_1", true, true, true);
    private static final SellerAccount ONBOARDING = new SellerAccount(7, "acct_1", false, false, false);

    @Test
    void aCompletedOrderOfAnEnabledSellerWithAKnownChargeIsTransferredToTheSellerFromTheCharge() {
        assertThat(PayoutEligibility.decide(OrderStatus.COMPLETED, Optional.of(ENABLED), Optional.of("ch_1")))
                .isEqualTo(new PayoutDecision.Transfer("acct_1", "ch_1"));
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = "COMPLETED", mode = EnumSource.Mode.EXCLUDE)
    void anOrderNotCompletedIsNeverPaidOutEvenWithEverythingElseReady(OrderStatus status) {
        assertThat(PayoutEligibility.decide(status, Optional.of(ENABLED), Optional.of("ch_1")))
                .isInstanceOf(PayoutDecision.Refuse.class);
    }

    @Test
    void aSellerWithoutAnAccountIsWaitedFor() {
        assertThat(PayoutEligibility.decide(OrderStatus.COMPLETED, Optional.empty(), Optional.of("ch_1")))
                .isEqualTo(new PayoutDecision.Wait("the seller has no payout account"));
    }

    @Test
    void aSellerStillOnboardingIsWaitedFor() {
        assertThat(PayoutEligibility.decide(OrderStatus.COMPLETED, Optional.of(ONBOARDING), Optional.of("ch_1")))
                .isInstanceOf(PayoutDecision.Wait.class);
    }

    @Test
    void anUnknownChargeIsWaitedForRatherThanRefused() {
        assertThat(PayoutEligibility.decide(OrderStatus.COMPLETED, Optional.of(ENABLED), Optional.empty()))
                .isEqualTo(new PayoutDecision.Wait("the order's charge is not known yet"));
    }
}
