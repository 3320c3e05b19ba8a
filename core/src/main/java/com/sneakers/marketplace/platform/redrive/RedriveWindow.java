package com.sneakers.marketplace.platform.redrive;

import com.sneakers.marketplace.platform.config.Settings;
import java.time.Duration;
import java.time.Instant;

/**
 * Which rows a re-drive looks at: those older than {@code grace} (their message has had its chance)
 * and younger than {@code lookback} (so a scan stays bounded). Settings {@code REDRIVE_GRACE} and
 * {@code REDRIVE_LOOKBACK} (ISO-8601 durations, defaults 15 minutes and 3 days).
 */
public record RedriveWindow(Duration grace, Duration lookback) {
    public static final RedriveWindow DEFAULT = new RedriveWindow(Duration.ofMinutes(15), Duration.ofDays(3));

    public RedriveWindow {
        if (grace.isNegative() || lookback.compareTo(grace) <= 0) {
            throw new IllegalArgumentException("Not a re-drive window: grace " + grace + ", lookback " + lookback);
        }
    }

    public static RedriveWindow from(Settings settings) {
        return new RedriveWindow(
                settings.optional("REDRIVE_GRACE").map(Duration::parse).orElse(DEFAULT.grace()),
                settings.optional("REDRIVE_LOOKBACK").map(Duration::parse).orElse(DEFAULT.lookback()));
    }

    /** The window's oldest instant at {@code now}. */
    public Instant from(Instant now) {
        return now.minus(lookback);
    }

    /** The window's end (exclusive) at {@code now}. */
    public Instant until(Instant now) {
        return now.minus(grace);
    }
}
