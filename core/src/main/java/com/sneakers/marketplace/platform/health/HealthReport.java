package com.sneakers.marketplace.platform.health;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** The outcome of every dependency check; the whole is up only when each check is. */
public record HealthReport(String status, Map<String, CheckResult> checks) {

    public static final String UP = "up";
    public static final String DOWN = "down";

    @JsonIgnore
    public boolean isUp() {
        return UP.equals(status);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CheckResult(String status, long latencyMs, String error) {
        static CheckResult up(long latencyMs) {
            return new CheckResult(UP, latencyMs, null);
        }

        static CheckResult down(long latencyMs, String error) {
            return new CheckResult(DOWN, latencyMs, error);
        }
    }
}
