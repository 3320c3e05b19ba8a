package com.sneakers.marketplace.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sneakers.marketplace.platform.config.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShiftableClockTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final Clock base = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void withoutAnOffsetFileItIsItsBaseClock() {
        assertThat(new ShiftableClock(base, directory.resolve("missing")).instant())
                .isEqualTo(NOW);
    }

    @Test
    void everyClockReadingTheSameFileMovesWhenOneIsAdvanced() {
        Path file = directory.resolve("offset");
        ShiftableClock runtime = new ShiftableClock(base, file);
        ShiftableClock function = new ShiftableClock(base, file);

        runtime.advance(Duration.ofDays(7));
        runtime.advance(Duration.ofHours(1));

        assertThat(function.instant()).isEqualTo(NOW.plus(Duration.ofDays(7)).plusSeconds(3600));
        assertThat(function.offset()).isEqualTo(Duration.ofHours(169));
    }

    @Test
    void timeNeverMovesBackwards() {
        ShiftableClock clock = new ShiftableClock(base, directory.resolve("offset"));

        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeployedFunctionWithoutTheLocalSettingRunsOnItsBaseClock() {
        assertThat(ShiftableClock.fromSettings(base, new Settings(Map.of()))).isSameAs(base);
        assertThat(ShiftableClock.fromSettings(
                        base,
                        new Settings(Map.of(
                                ShiftableClock.FILE_SETTING,
                                directory.resolve("o").toString()))))
                .isInstanceOf(ShiftableClock.class);
    }
}
