package com.sneakers.marketplace.payments;

import static com.sneakers.marketplace.payments.PaymentStatus.CANCELLED;
import static com.sneakers.marketplace.payments.PaymentStatus.FAILED;
import static com.sneakers.marketplace.payments.PaymentStatus.PARTIALLY_REFUNDED;
import static com.sneakers.marketplace.payments.PaymentStatus.PENDING;
import static com.sneakers.marketplace.payments.PaymentStatus.PROCESSING;
import static com.sneakers.marketplace.payments.PaymentStatus.REFUNDED;
import static com.sneakers.marketplace.payments.PaymentStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentStatusTest {

    @Test
    void aPendingPaymentCanSucceedFailOrBeCancelled() {
        assertThat(PENDING.canMoveTo(SUCCEEDED)).isTrue();
        assertThat(PENDING.canMoveTo(FAILED)).isTrue();
        assertThat(PENDING.canMoveTo(CANCELLED)).isTrue();
        assertThat(PROCESSING.canMoveTo(SUCCEEDED)).isTrue();
    }

    @Test
    void aFailedPaymentCanStillSucceedWithAnotherCard() {
        assertThat(FAILED.canMoveTo(SUCCEEDED)).isTrue();
        assertThat(FAILED.canMoveTo(FAILED)).isTrue();
    }

    @Test
    void aSucceededPaymentNeverMovesBackToFailedPendingOrCancelled() {
        assertThat(SUCCEEDED.canMoveTo(FAILED)).isFalse();
        assertThat(SUCCEEDED.canMoveTo(PENDING)).isFalse();
        assertThat(SUCCEEDED.canMoveTo(PROCESSING)).isFalse();
        assertThat(SUCCEEDED.canMoveTo(CANCELLED)).isFalse();
        assertThat(SUCCEEDED.canMoveTo(SUCCEEDED)).isFalse();
    }

    @Test
    void onlyCapturedPaymentsAreRefundedPartlyThenFully() {
        assertThat(SUCCEEDED.canMoveTo(PARTIALLY_REFUNDED)).isTrue();
        assertThat(PARTIALLY_REFUNDED.canMoveTo(PARTIALLY_REFUNDED)).isTrue();
        assertThat(PARTIALLY_REFUNDED.canMoveTo(REFUNDED)).isTrue();
        assertThat(PARTIALLY_REFUNDED.canMoveTo(SUCCEEDED)).isFalse();
        assertThat(PENDING.canMoveTo(REFUNDED)).isFalse();
        assertThat(FAILED.isRefundable()).isFalse();
        assertThat(PARTIALLY_REFUNDED.isRefundable()).isTrue();
    }

    @Test
    void refundedAndCancelledPaymentsAreFinal() {
        for (PaymentStatus next : PaymentStatus.values()) {
            assertThat(REFUNDED.canMoveTo(next)).isFalse();
            assertThat(CANCELLED.canMoveTo(next)).isFalse();
        }
    }

    @Test
    void statusesHaveTheirDatabaseNames() {
        assertThat(PARTIALLY_REFUNDED.wire()).isEqualTo("partially_refunded");
        assertThat(PaymentStatus.fromWire("cancelled")).contains(CANCELLED);
        assertThat(PaymentStatus.fromWire("canceled")).isEmpty();
    }
}
