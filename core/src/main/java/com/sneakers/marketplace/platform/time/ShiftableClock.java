package com.sneakers.marketplace.platform.time;

import com.sneakers.marketplace.platform.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock ahead of its base by the ISO-8601 duration written in a file. Only the local runtime sets
 * {@code LOCAL_CLOCK_FILE} (it is not in the template), so a deployed function always runs on its base
 * clock, while locally every function and the runtime move together when a test moves time.
 */
public final class ShiftableClock extends Clock {
    public static final String FILE_SETTING = "LOCAL_CLOCK_FILE";

    private final Clock base;
    private final Path offsetFile;

    public ShiftableClock(Clock base, Path offsetFile) {
        this.base = base;
        this.offsetFile = offsetFile;
    }

    /** The base clock, shifted only where the local runtime has said where the offset lives. */
    public static Clock fromSettings(Clock base, Settings settings) {
        return settings.optional(FILE_SETTING)
                .<Clock>map(file -> new ShiftableClock(base, Path.of(file)))
                .orElse(base);
    }

    public Path offsetFile() {
        return offsetFile;
    }

    public Duration offset() {
        try {
            return Duration.parse(Files.readString(offsetFile).strip());
        } catch (NoSuchFileException e) {
            return Duration.ZERO;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the clock offset from " + offsetFile, e);
        }
    }

    /** Moves this clock, and every other one reading the same file, forward. */
    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("Time only moves forward, not by " + by);
        }
        try {
            Path written = Files.writeString(
                    offsetFile.resolveSibling(offsetFile.getFileName() + ".tmp"),
                    offset().plus(by).toString());
            Files.move(written, offsetFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the clock offset to " + offsetFile, e);
        }
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The marketplace keeps time in UTC");
    }
}
