package com.sneakers.marketplace.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefundCeilingTest {
    private static final BigDecimal CAPTURED = new BigDecimal("230.00");

    @Test
    void withoutAnAmountEverythingLeftIsRefunded() {
        assertThat(RefundCeiling.decide(CAPTURED, new BigDecimal("30.00"), Optional.empty()))
                .isEqualTo(new RefundCeiling.Decision.Allowed(new BigDecimal("200.00")));
    }

    @Test
    void aPartialRefundWithinWhatIsLeftIsAllowed() {
        assertThat(RefundCeiling.decide(CAPTURED, new BigDecimal("0.00"), Optional.of(new BigDecimal("50.00"))))
                .isEqualTo(new RefundCeiling.Decision.Allowed(new BigDecimal("50.00")));
        assertThat(RefundCeiling.decide(CAPTURED, new BigDecimal("180.00"), Optional.of(new BigDecimal("50.00"))))
                .isEqualTo(new RefundCeiling.Decision.Allowed(new BigDecimal("50.00")));
    }

    @Test
    void refundsNeverAddUpToMoreThanWasCaptured() {
        assertThat(RefundCeiling.decide(CAPTURED, new BigDecimal("180.00"), Optional.of(new BigDecimal("50.01"))))
                .isEqualTo(new RefundCeiling.Decision.Exceeds(new BigDecimal("50.00")));
    }

    @Test
    void nothingIsLeftOnceEverythingWasRefunded() {
        assertThat(RefundCeiling.decide(CAPTURED, CAPTURED, Optional.empty()))
                .isInstanceOf(RefundCeiling.Decision.NothingLeft.class);
        assertThat(RefundCeiling.decide(CAPTURED, CAPTURED, Optional.of(new BigDecimal("1.00"))))
                .isInstanceOf(RefundCeiling.Decision.NothingLeft.class);
    }

    @Test
    void zeroOrNegativeAmountsAreRefused() {
        assertThat(RefundCeiling.decide(CAPTURED, BigDecimal.ZERO, Optional.of(new BigDecimal("0.00"))))
                .isInstanceOf(RefundCeiling.Decision.NotPositive.class);
        assertThat(RefundCeiling.decide(CAPTURED, BigDecimal.ZERO, Optional.of(new BigDecimal("-5.00"))))
                .isInstanceOf(RefundCeiling.Decision.NotPositive.class);
    }
}
