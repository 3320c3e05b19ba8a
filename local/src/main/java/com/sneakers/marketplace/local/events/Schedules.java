package com.sneakers.marketplace.local.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sneakers.marketplace.local.lambda.LambdaFunction;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires a function's {@code Schedule} events on their rate, with the event EventBridge sends, or with
 * the rule's constant {@code Input} when it has one (as EventBridge sends it instead of the event).
 */
public final class Schedules implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Schedules.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(1, runnable -> {
        Thread thread = new Thread(runnable, "schedules");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, LambdaFunction> scheduled = new ConcurrentHashMap<>();
    private final Map<String, String> inputs = new ConcurrentHashMap<>();
    private final Clock clock;
    private final String region;

    public Schedules(Clock clock, String region) {
        this.clock = clock;
        this.region = region;
    }

    public static Duration period(String expression) {
        Matcher matcher = RATE.matcher(expression.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Only rate(...) schedules run locally, not " + expression);
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2).toLowerCase(Locale.ROOT).replaceAll("s$", "")) {
            case "minute" -> Duration.ofMinutes(amount);
            case "hour" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    public void schedule(String ruleArn, String expression, LambdaFunction function) {
        schedule(ruleArn, expression, null, function);
    }

    /** A rule whose target receives {@code input} (JSON) rather than the scheduled event; null for the event. */
    public void schedule(String ruleArn, String expression, String input, LambdaFunction function) {
        Duration period = period(expression);
        scheduled.put(ruleArn, function);
        if (input != null) {
            inputs.put(ruleArn, input);
        }
        executor.scheduleAtFixedRate(
                () -> fire(ruleArn, function), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Schedule {} fires every {}", ruleArn, period);
    }

    /** Fires every schedule once now, as their rules would on their next tick; returns when all are done. */
    public void fireAll() {
        scheduled.forEach(this::fire);
    }

    void fire(String ruleArn, LambdaFunction function) {
        try {
            LambdaFunction.Invocation invocation = function.invoke(inputs.getOrDefault(ruleArn, event(ruleArn)));
            if (!invocation.succeeded()) {
                LOG.warn(
                        "Scheduled invocation {} failed: {} {}",
                        ruleArn,
                        invocation.errorType(),
                        invocation.errorMessage());
            }
        } catch (RuntimeException e) {
            LOG.warn("Scheduled invocation {} broke", ruleArn, e);
        }
    }

    private String event(String ruleArn) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", "000000000000");
        event.put(
                "time",
                clock.instant()
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .toString());
        event.put("region", region);
        event.putArray("resources").add(ruleArn);
        event.putObject("detail");
        return event.toString();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
