package com.sneakers.marketplace.payments.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayoutStatusTest {

    @Test
    void onlyAPendingPayoutCanBeClaimedForATransfer() {
        assertThat(PayoutStatus.PENDING.canMoveTo(PayoutStatus.PROCESSING)).isTrue();
        for (PayoutStatus other : PayoutStatus.values()) {
            if (other != PayoutStatus.PENDING) {
                assertThat(other.canMoveTo(PayoutStatus.PROCESSING))
                        .as(other.wire())
                        .isFalse();
            }
        }
    }

    @Test
    void aTransferSettlesAProcessingPayoutPaidOrFailedOrReleasesItToPending() {
        assertThat(PayoutStatus.PROCESSING.next())
                .containsExactlyInAnyOrder(PayoutStatus.PAID, PayoutStatus.FAILED, PayoutStatus.PENDING);
    }

    @Test
    void onlyAPaidPayoutCanBeReversedAndReversedOnesAreFinal() {
        assertThat(PayoutStatus.PAID.next()).containsExactly(PayoutStatus.REVERSED);
        assertThat(PayoutStatus.REVERSED.next()).isEmpty();
    }

    @Test
    void aFailedPayoutCanOnlyBeReopenedForAnotherAttempt() {
        assertThat(PayoutStatus.FAILED.next()).containsExactly(PayoutStatus.PENDING);
    }

    @Test
    void aPaidPayoutIsNeverPaidAgainNorReturnsToPending() {
        assertThat(PayoutStatus.PAID.canMoveTo(PayoutStatus.PAID)).isFalse();
        assertThat(PayoutStatus.PAID.canMoveTo(PayoutStatus.PENDING)).isFalse();
    }

    @Test
    void statusesReadAndWriteTheirDatabaseNames() {
        for (PayoutStatus status : PayoutStatus.values()) {
            assertThat(PayoutStatus.fromWire(status.wire())).contains(status);
        }
        assertThat(PayoutStatus.fromWire("settled")).isEmpty();
    }
}
