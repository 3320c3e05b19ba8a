package com.sneakers.marketplace.payments.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.payments.GatewayResult;
import com.sneakers.marketplace.payments.Transfer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayoutRetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final PayoutRetryPolicy policy = PayoutRetryPolicy.DEFAULT;

    @ParameterizedTest
    @ValueSource(strings = {"balance_insufficient", "lock_timeout", "rate_limit"})
    void aRefusalWhoseCauseCanClearIsRetryable(String code) {
        assertThat(PayoutRetryPolicy.retryable(rejected(400, code))).isTrue();
    }

    @Test
    void aConflictOrAnOverloadAnsweredAsARefusalIsRetryable() {
        assertThat(PayoutRetryPolicy.retryable(new GatewayResult.Rejected<Transfer>(409, Optional.empty(), "busy")))
                .isTrue();
        assertThat(PayoutRetryPolicy.retryable(new GatewayResult.Rejected<Transfer>(503, Optional.empty(), "down")))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"account_invalid", "no_account", "insufficient_funds", "transfers_not_allowed"})
    void aRefusalOfTheTransferItselfIsFinal(String code) {
        assertThat(PayoutRetryPolicy.retryable(rejected(400, code))).isFalse();
    }

    @Test
    void aRefusalWithoutCodeAnIdempotencyConflictOrADeclineIsFinal() {
        assertThat(PayoutRetryPolicy.retryable(new GatewayResult.Rejected<Transfer>(400, Optional.empty(), "bad")))
                .isFalse();
        assertThat(PayoutRetryPolicy.retryable(new GatewayResult.IdempotencyConflict<Transfer>("reused")))
                .isFalse();
        assertThat(PayoutRetryPolicy.retryable(
                        new GatewayResult.Declined<Transfer>("card_declined", Optional.empty(), "no")))
                .isFalse();
    }

    @Test
    void theDelayStartsAtFiveMinutesAndDoublesUpToSixHours() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(20));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(320));
        assertThat(policy.delayAfter(8)).isEqualTo(Duration.ofHours(6));
        assertThat(policy.delayAfter(60)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aRetryIsDueAfterTheDelayUntilTheMaximumNumberOfAttempts() {
        assertThat(policy.retryAt(1, NOW)).contains(NOW.plus(Duration.ofMinutes(5)));
        assertThat(policy.retryAt(9, NOW)).contains(NOW.plus(Duration.ofHours(6)));
        assertThat(policy.retryAt(10, NOW)).isEmpty();
    }

    @Test
    void theFirstAttemptIsKeyedByThePayoutAndEveryRetryGenerationByItsNumber() {
        assertThat(PayoutRetryPolicy.idempotencyKey("po_1", 1)).isEqualTo("po_1");
        assertThat(PayoutRetryPolicy.idempotencyKey("po_1", 2)).isEqualTo("po_1-attempt-2");
    }

    private static GatewayResult<Transfer> rejected(int status, String code) {
        return new GatewayResult.Rejected<>(status, Optional.of(code), "refused: " + code);
    }
}
