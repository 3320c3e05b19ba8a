package com.sneakers.marketplace.platform.health;

import com.sneakers.marketplace.platform.health.HealthReport.CheckResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs every dependency check at once, each bounded by a deadline, and reports each one. */
public final class HealthCheck {
    private static final Logger LOG = LoggerFactory.getLogger(HealthCheck.class);

    private final List<DependencyCheck> checks;
    private final Duration deadline;

    public HealthCheck(List<DependencyCheck> checks, Duration deadline) {
        this.checks = List.copyOf(checks);
        this.deadline = deadline;
    }

    public HealthReport run() {
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, checks.size()), runnable -> {
            Thread thread = new Thread(runnable, "health-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, CompletableFuture<CheckResult>> running = new LinkedHashMap<>();
            for (DependencyCheck check : checks) {
                running.put(check.name(), CompletableFuture.supplyAsync(() -> timed(check), executor));
            }
            Map<String, CheckResult> results = new LinkedHashMap<>();
            running.forEach((name, result) -> results.put(name, await(name, result)));
            boolean allUp = results.values().stream().allMatch(result -> HealthReport.UP.equals(result.status()));
            return new HealthReport(allUp ? HealthReport.UP : HealthReport.DOWN, results);
        } finally {
            executor.shutdownNow();
        }
    }

    private CheckResult await(String name, CompletableFuture<CheckResult> result) {
        try {
            return result.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Health check {} did not answer within {}", name, deadline);
            return CheckResult.down(deadline.toMillis(), "no answer within " + deadline.toMillis() + " ms");
        } catch (Exception e) {
            throw new IllegalStateException("Health check " + name + " broke", e);
        }
    }

    private static CheckResult timed(DependencyCheck check) {
        long start = System.nanoTime();
        try {
            check.verify();
            return CheckResult.up(elapsedMillis(start));
        } catch (Exception e) {
            LOG.warn("Health check {} failed: {}", check.name(), e.toString());
            return CheckResult.down(elapsedMillis(start), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
