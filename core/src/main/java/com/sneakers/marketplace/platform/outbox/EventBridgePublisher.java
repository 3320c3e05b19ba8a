package com.sneakers.marketplace.platform.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/** Puts events on the marketplace bus, ten per request (the PutEvents limit). */
public final class EventBridgePublisher implements EventPublisher {
    private static final int MAX_ENTRIES_PER_REQUEST = 10;

    private final EventBridgeClient eventBridge;
    private final String busName;

    public EventBridgePublisher(EventBridgeClient eventBridge, String busName) {
        this.eventBridge = eventBridge;
        this.busName = busName;
    }

    @Override
    public Map<UUID, String> publish(List<OutboxEvent> events) {
        Map<UUID, String> refused = new HashMap<>();
        for (int from = 0; from < events.size(); from += MAX_ENTRIES_PER_REQUEST) {
            List<OutboxEvent> batch = events.subList(from, Math.min(events.size(), from + MAX_ENTRIES_PER_REQUEST));
            try {
                List<PutEventsResultEntry> results = eventBridge
                        .putEvents(request ->
                                request.entries(batch.stream().map(this::entry).toList()))
                        .entries();
                for (int i = 0; i < batch.size(); i++) {
                    PutEventsResultEntry result = results.get(i);
                    if (result.errorCode() != null) {
                        refused.put(batch.get(i).eventId(), result.errorCode() + ": " + result.errorMessage());
                    }
                }
            } catch (RuntimeException e) {
                batch.forEach(
                        event -> refused.put(event.eventId(), e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        return refused;
    }

    private PutEventsRequestEntry entry(OutboxEvent event) {
        return PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(event.source())
                .detailType(event.detailType())
                .detail(event.detail())
                .time(event.occurredAt())
                .build();
    }
}
