package com.sneakers.marketplace.platform.redrive;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One re-drive: pages through the rows of a window in (time, id) order, keeps those whose effect is
 * missing, and redoes at most {@code batch} of them. The scan reads at most {@link #MAX_SCANNED} rows
 * a run, so a window full of rows that need nothing never hides a later one for long: each run
 * starts from the window's beginning and the window moves on. Redoing must be idempotent, since two
 * runs (or the late message itself) may redo the same row.
 *
 * @param <T> a row of the window
 */
public final class Redrive<T> {
    static final int PAGE = 200;
    static final int MAX_SCANNED = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(Redrive.class);

    private final String name;
    private final Window<T> window;
    private final Function<T, ScanPosition> position;
    private final Function<List<T>, List<T>> missingEffect;
    private final Predicate<T> redo;

    /**
     * @param missingEffect of a page, the rows whose effect is missing
     * @param redo redoes a row's effect; false when there was nothing to do after all
     */
    public Redrive(
            String name,
            Window<T> window,
            Function<T, ScanPosition> position,
            Function<List<T>, List<T>> missingEffect,
            Predicate<T> redo) {
        this.name = name;
        this.window = window;
        this.position = position;
        this.missingEffect = missingEffect;
        this.redo = redo;
    }

    /** Redoes up to {@code batch} rows of the window between {@code from} and {@code until}. */
    public Result run(Instant from, Instant until, int batch) {
        ScanPosition after = ScanPosition.before(from);
        int scanned = 0;
        int redone = 0;
        int failed = 0;
        while (redone + failed < batch && scanned < MAX_SCANNED) {
            List<T> page = window.after(after, until, PAGE);
            for (T row : missingEffect.apply(page)) {
                if (redone + failed == batch) {
                    break;
                }
                try {
                    if (redo.test(row)) {
                        redone++;
                    }
                } catch (RuntimeException e) {
                    LOG.error("Re-driving {} failed for {}; the next sweep tries again", name, row, e);
                    failed++;
                }
            }
            scanned += page.size();
            if (page.size() < PAGE) {
                break;
            }
            after = position.apply(page.get(page.size() - 1));
        }
        if (redone + failed > 0) {
            LOG.warn("Re-drove {} of {} ({} failed) after scanning {}", redone, name, failed, scanned);
        }
        return new Result(redone, failed);
    }

    /** The rows of a window, a page at a time. */
    @FunctionalInterface
    public interface Window<T> {
        /** Up to {@code limit} rows after {@code after} and before {@code until}, in (time, id) order. */
        List<T> after(ScanPosition after, Instant until, int limit);
    }

    /** How many rows a run redid, and how many it tried and failed to (tried again by the next run). */
    public record Result(int redriven, int failed) {}
}
