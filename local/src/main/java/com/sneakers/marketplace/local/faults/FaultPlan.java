package com.sneakers.marketplace.local.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults the local runtime has been told to inject, each armed for the next {@code count}
 * matching calls, and how many of each it has injected. Shared by the Stripe front, the EventBridge
 * front, the SQS event sources and the webhook relay; armed and read through {@code /_local/faults}.
 */
public final class FaultPlan {
    /** Every fault the runtime can inject. */
    public enum Kind {
        /** The Stripe front answers a 5xx without passing the request on. */
        STRIPE_ERROR,
        /** The Stripe front passes the request on but holds the answer past the client's read timeout. */
        STRIPE_TIMEOUT,
        /** The EventBridge front refuses every entry of a PutEvents request. */
        EVENTBRIDGE_FAILURE,
        /** A queue's consumer fails one message on every receive, until the queue dead-letters it. */
        CONSUMER_FAILURE,
        /** The webhook relay holds a Stripe event before delivering it to the API. */
        WEBHOOK_DELAY
    }

    /** One armed fault: what it matches and how many more times it fires. */
    public record Fault(
            Kind kind,
            Optional<String> method,
            Optional<String> path,
            Optional<String> queue,
            Optional<String> eventType,
            Optional<String> objectId,
            int status,
            Duration hold,
            AtomicInteger remaining) {

        boolean matchesStripe(String requestMethod, String requestPath) {
            return method.map(requestMethod::equalsIgnoreCase).orElse(true)
                    && path.map(pattern -> java.util.regex.Pattern.compile(pattern)
                                    .matcher(requestPath)
                                    .lookingAt())
                            .orElse(true);
        }

        Map<String, Object> describe() {
            Map<String, Object> description = new LinkedHashMap<>();
            description.put("fault", kind.name().toLowerCase(java.util.Locale.ROOT));
            method.ifPresent(value -> description.put("method", value));
            path.ifPresent(value -> description.put("path", value));
            queue.ifPresent(value -> description.put("queue", value));
            eventType.ifPresent(value -> description.put("type", value));
            objectId.ifPresent(value -> description.put("object", value));
            if (kind == Kind.STRIPE_ERROR) {
                description.put("status", status);
            }
            if (kind == Kind.STRIPE_TIMEOUT || kind == Kind.WEBHOOK_DELAY) {
                description.put("hold", hold.toString());
            }
            description.put("remaining", remaining.get());
            return description;
        }
    }

    private final List<Fault> armed = new ArrayList<>();
    private final Map<Kind, AtomicInteger> injected = new ConcurrentHashMap<>();
    /** Messages a consumer failure has picked, by queue: they fail on every receive. */
    private final Set<String> poisonedMessages = ConcurrentHashMap.newKeySet();

    public synchronized void arm(Fault fault) {
        armed.add(fault);
    }

    /** The Stripe fault for this request, if one is armed; it counts as injected. */
    public synchronized Optional<Fault> stripe(String method, String path) {
        return take(fault -> (fault.kind() == Kind.STRIPE_ERROR || fault.kind() == Kind.STRIPE_TIMEOUT)
                && fault.matchesStripe(method, path));
    }

    /** Whether the next PutEvents request fails. */
    public synchronized boolean failPublish() {
        return take(fault -> fault.kind() == Kind.EVENTBRIDGE_FAILURE).isPresent();
    }

    /**
     * Whether the consumer of {@code queueName} fails this message: it does if an armed consumer
     * failure picked it earlier, or picks it now.
     */
    public synchronized boolean failsMessage(String queueName, String messageId) {
        String key = queueName + "/" + messageId;
        if (poisonedMessages.contains(key)) {
            return true;
        }
        Optional<Fault> fault = take(candidate -> candidate.kind() == Kind.CONSUMER_FAILURE
                && candidate
                        .queue()
                        .map(queue -> queueName.endsWith("-" + queue))
                        .orElse(true));
        fault.ifPresent(picked -> poisonedMessages.add(key));
        return fault.isPresent();
    }

    /** How long to hold a Stripe event of this type about this object, if a delay is armed. */
    public synchronized Optional<Duration> webhookDelay(String eventType, String objectId) {
        return take(fault -> fault.kind() == Kind.WEBHOOK_DELAY
                        && fault.eventType().map(eventType::equals).orElse(true)
                        && fault.objectId().map(objectId::equals).orElse(true))
                .map(Fault::hold);
    }

    public synchronized List<Map<String, Object>> armed() {
        return armed.stream().map(Fault::describe).toList();
    }

    public Map<String, Integer> injected() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            counts.put(
                    kind.name().toLowerCase(java.util.Locale.ROOT),
                    injected.getOrDefault(kind, new AtomicInteger()).get());
        }
        return counts;
    }

    /** Disarms every fault; messages already picked keep failing until their queue dead-letters them. */
    public synchronized void disarm() {
        armed.clear();
    }

    private Optional<Fault> take(java.util.function.Predicate<Fault> matches) {
        for (Iterator<Fault> faults = armed.iterator(); faults.hasNext(); ) {
            Fault fault = faults.next();
            if (matches.test(fault)) {
                if (fault.remaining().decrementAndGet() <= 0) {
                    faults.remove();
                }
                injected.computeIfAbsent(fault.kind(), kind -> new AtomicInteger())
                        .incrementAndGet();
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }
}
