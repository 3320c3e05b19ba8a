package com.sneakers.marketplace.platform.redrive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RedriveTest {
    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    private final List<Row> table = new ArrayList<>();
    private final List<Row> redone = new ArrayList<>();

    @Test
    void onlyRowsInsideTheWindowWhoseEffectIsMissingAreRedone() {
        row(1, T0.minusSeconds(10));
        row(2, T0);
        row(3, T0.plusSeconds(10));
        row(4, T0.plusSeconds(60));

        Redrive.Result result = redrive(Set.of(1L, 2L, 3L, 4L)).run(T0, T0.plusSeconds(60), 10);

        assertThat(redone).extracting(Row::id).containsExactly(2L, 3L);
        assertThat(result).isEqualTo(new Redrive.Result(2, 0));
    }

    @Test
    void theScanPagesPastRowsThatNeedNothingAndStopsAtTheBatch() {
        IntStream.rangeClosed(1, 1000).forEach(id -> row(id, T0.plusMillis(id / 3)));

        Redrive.Result result = redrive(Set.of(450L, 700L, 701L, 999L)).run(T0, T0.plusSeconds(60), 3);

        assertThat(redone).extracting(Row::id).containsExactly(450L, 700L, 701L);
        assertThat(result.redriven()).isEqualTo(3);
    }

    @Test
    void aRowThatFailsIsCountedAndTheOthersAreStillRedone() {
        row(1, T0);
        row(2, T0);
        Redrive<Row> redrive =
                new Redrive<>("rows", this::page, row -> new ScanPosition(row.at(), row.id()), page -> page, row -> {
                    if (row.id() == 1) {
                        throw new IllegalStateException("broken");
                    }
                    return redone.add(row);
                });

        assertThat(redrive.run(T0, T0.plusSeconds(1), 10)).isEqualTo(new Redrive.Result(1, 1));
    }

    private Redrive<Row> redrive(Set<Long> missing) {
        return new Redrive<>(
                "rows",
                this::page,
                row -> new ScanPosition(row.at(), row.id()),
                page -> page.stream().filter(row -> missing.contains(row.id())).toList(),
                redone::add);
    }

    private List<Row> page(ScanPosition after, Instant until, int limit) {
        Comparator<Row> order = Comparator.comparing(Row::at).thenComparing(Row::id);
        Row start = new Row(after.id(), after.at());
        return table.stream()
                .filter(row -> order.compare(row, start) > 0 && row.at().isBefore(until))
                .sorted(order)
                .limit(limit)
                .toList();
    }

    private void row(long id, Instant at) {
        table.add(new Row(id, at));
    }

    private record Row(long id, Instant at) {}
}
