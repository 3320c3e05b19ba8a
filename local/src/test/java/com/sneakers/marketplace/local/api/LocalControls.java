package com.sneakers.marketplace.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;

/** The local runtime's own controls, which no deployment has: its clock, its faults, its activity. */
final class LocalControls {
    private final ApiClient api;

    LocalControls(ApiClient api) {
        this.api = api;
    }

    /** Arms a fault (see LocalFaultControl) and answers its description. */
    JsonNode arm(Map<String, Object> fault) {
        ApiClient.Reply reply = api.post("/_local/faults", fault, null);
        if (reply.status() != 201) {
            throw new AssertionError("The fault was not armed: " + reply.body());
        }
        return reply.json();
    }

    JsonNode faults() {
        return api.get("/_local/faults", null).json();
    }

    void disarm() {
        api.delete("/_local/faults", null);
    }

    JsonNode activity() {
        return api.get("/_local/activity", null).json();
    }

    /** Moves the clock and fires the schedules once; returns when the sweep is done. */
    JsonNode advance(Duration by) {
        return api.post("/_local/clock", Map.of("advance", by.toString()), null).json();
    }

    /** Waits until the runtime has been quiet on {@code times} looks in a row. */
    JsonNode awaitQuiet(Duration within, int times) {
        long deadline = System.nanoTime() + within.toNanos();
        JsonNode last = null;
        int quietInARow = 0;
        while (System.nanoTime() < deadline) {
            last = activity();
            quietInARow = last.path("quiet").asBoolean() ? quietInARow + 1 : 0;
            if (quietInARow >= times) {
                return last;
            }
            pause(Duration.ofMillis(500));
        }
        throw new AssertionError("The marketplace was not quiet within " + within + ": " + last);
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
