package com.sneakers.marketplace.local.api;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the simulation did and saw, counted by section (fates, races, faults, ...), printed as a table. */
final class SimulationReport {
    private final Map<String, Map<String, AtomicInteger>> sections = new ConcurrentHashMap<>();

    void count(String section, String name) {
        add(section, name, 1);
    }

    void add(String section, String name, int amount) {
        sections.computeIfAbsent(section, ignored -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, ignored -> new AtomicInteger())
                .addAndGet(amount);
    }

    int get(String section, String name) {
        AtomicInteger count = sections.getOrDefault(section, Map.of()).get(name);
        return count == null ? 0 : count.get();
    }

    void print(PrintStream out, String title) {
        out.println();
        out.println("== " + title);
        new TreeMap<>(sections).forEach((section, counts) -> {
            out.printf("%-14s%n", section);
            new TreeMap<>(counts).forEach((name, count) -> out.printf("  %-58s %6d%n", name, count.get()));
        });
        out.println();
    }
}
