package com.sneakers.marketplace.local.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sneakers.marketplace.local.lambda.LambdaFunction.Invocation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SchedulesTest {

    @Test
    void readsRateExpressions() {
        assertThat(Schedules.period("rate(1 minute)")).isEqualTo(Duration.ofMinutes(1));
        assertThat(Schedules.period("rate(5 minutes)")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Schedules.period("rate(2 hours)")).isEqualTo(Duration.ofHours(2));
        assertThat(Schedules.period("rate(1 day)")).isEqualTo(Duration.ofDays(1));
        assertThatThrownBy(() -> Schedules.period("cron(0 12 * * ? *)")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void firesTheScheduledEventThatEventBridgeSends() {
        List<String> events = new CopyOnWriteArrayList<>();
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T22:00:00.123Z"), ZoneOffset.UTC);
        try (Schedules schedules = new Schedules(clock, "eu-west-1")) {
            schedules.fire("arn:aws:events:eu-west-1:000000000000:rule/sweeper", event -> {
                events.add(event);
                return Invocation.success("{}");
            });
        }

        assertThat(events).singleElement().satisfies(event -> assertThat(event)
                .contains("\"detail-type\":\"Scheduled Event\"")
                .contains("\"source\":\"aws.events\"")
                .contains("\"time\":\"2026-11-25T22:00:00Z\"")
                .contains("\"resources\":[\"arn:aws:events:eu-west-1:000000000000:rule/sweeper\"]"));
    }
}
