package com.sneakers.marketplace.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthCheckTest {

    private static final DependencyCheck UP = DependencyCheck.of("database", () -> {});
    private static final DependencyCheck DOWN = DependencyCheck.of("sqs", () -> {
        throw new IllegalStateException("connection refused");
    });
    private static final DependencyCheck HANGING = DependencyCheck.of("stripe", () -> Thread.sleep(10_000));

    @Test
    void isUpWhenEveryCheckPasses() {
        HealthReport report = new HealthCheck(List.of(UP), Duration.ofSeconds(1)).run();

        assertThat(report.isUp()).isTrue();
        assertThat(report.checks().get("database").status()).isEqualTo("up");
    }

    @Test
    void isDownWhenOneCheckFailsAndNamesTheFailure() {
        HealthReport report = new HealthCheck(List.of(UP, DOWN), Duration.ofSeconds(1)).run();

        assertThat(report.isUp()).isFalse();
        assertThat(report.checks().get("database").status()).isEqualTo("up");
        assertThat(report.checks().get("sqs").status()).isEqualTo("down");
        assertThat(report.checks().get("sqs").error()).contains("connection refused");
    }

    @Test
    void aCheckThatDoesNotAnswerInTimeIsDownWithoutHoldingUpTheOthers() {
        HealthReport report = new HealthCheck(List.of(HANGING, UP), Duration.ofMillis(200)).run();

        assertThat(report.isUp()).isFalse();
        assertThat(report.checks().get("stripe").error()).contains("no answer within 200 ms");
        assertThat(report.checks().get("database").status()).isEqualTo("up");
    }
}
