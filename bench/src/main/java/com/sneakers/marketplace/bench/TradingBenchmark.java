package com.sneakers.marketplace.bench;

import com.sneakers.marketplace.platform.db.DataSources;
import com.sneakers.marketplace.platform.db.DatabaseConfig;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.trading.PlaceOffer;
import com.sneakers.marketplace.trading.PlaceResult;
import com.sneakers.marketplace.trading.Trading;
import com.sneakers.marketplace.trading.adapter.TradingModule;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Matching on one hot book with concurrent placers, as a ratio to the rate at which the same Postgres
 * commits single-row inserts from the same number of threads.
 */
final class TradingBenchmark {
    private static final int THREADS = 4;
    private static final int PAIRS_PER_THREAD = 150;

    private final HikariDataSource pool;
    private final Trading trading;
    private final long productId;
    private final long buyerId;
    private final long sellerId;

    record Throughput(double matchesPerSecond, double commitsPerSecond, int matches) {}

    TradingBenchmark(DataSource database, long productId, long buyerId, long sellerId) {
        PGSimpleDataSource postgres = (PGSimpleDataSource) database;
        this.pool = DataSources.pooled(
                new DatabaseConfig(postgres.getUrl(), postgres.getUser(), postgres.getPassword(), THREADS * 2));
        this.trading = TradingModule.create(pool, new Outbox(), Clock.systemUTC());
        this.productId = productId;
        this.buyerId = buyerId;
        this.sellerId = sellerId;
    }

    Throughput hotBookThroughput(long sizeId) throws Exception {
        double commits = singleRowCommitRate();
        AtomicInteger matches = new AtomicInteger();
        long elapsed = concurrently(() -> {
            for (int i = 0; i < PAIRS_PER_THREAD; i++) {
                restingAsk(sizeId, "200.00");
                PlaceResult bid = trading.placeBid(buyerId, offer(sizeId, "200.00"));
                matches.addAndGet(((PlaceResult.Placed) bid).matches().size());
            }
        });
        return new Throughput(matches.get() / seconds(elapsed), commits, matches.get());
    }

    /** Asks for the measured bids to match, placed before the measurement starts. */
    void restingAsks(long sizeId, String price, int count) {
        for (int i = 0; i < count; i++) {
            restingAsk(sizeId, price);
        }
    }

    private void restingAsk(long sizeId, String price) {
        if (!(trading.placeAsk(sellerId, offer(sizeId, price)) instanceof PlaceResult.Placed)) {
            throw new IllegalStateException("ask refused");
        }
    }

    private double singleRowCommitRate() throws Exception {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_commits (id BIGSERIAL PRIMARY KEY, at TIMESTAMP)");
        }
        int rows = THREADS * PAIRS_PER_THREAD * 2;
        long elapsed = concurrently(() -> {
            try (Connection connection = pool.getConnection();
                    PreparedStatement insert =
                            connection.prepareStatement("INSERT INTO bench_commits (at) VALUES (now())")) {
                for (int i = 0; i < PAIRS_PER_THREAD * 2; i++) {
                    insert.executeUpdate();
                }
            }
        });
        return rows / seconds(elapsed);
    }

    private static long concurrently(Work work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            long start = System.nanoTime();
            List<Future<Object>> done = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                done.add(threads.submit(() -> {
                    work.run();
                    return null;
                }));
            }
            for (Future<Object> future : done) {
                future.get();
            }
            return System.nanoTime() - start;
        } finally {
            threads.shutdown();
        }
    }

    String report(Throughput throughput, List<Long> inProcess, List<Long> throughRuntime, List<Long> plainWarm) {
        double baseline = ApiBenchmark.percentileMillis(plainWarm, 50);
        double baseline99 = ApiBenchmark.percentileMillis(plainWarm, 99);
        return String.join(
                "\n",
                "",
                "## Trading",
                "",
                "| measure | value | baseline | ratio |",
                "|---|---|---|---|",
                String.format(
                        "| matches/s on one hot book, %d placers (baseline: single-row commits/s, same threads) | %.0f | %.0f | %.2fx |",
                        THREADS,
                        throughput.matchesPerSecond(),
                        throughput.commitsPerSecond(),
                        throughput.matchesPerSecond() / throughput.commitsPerSecond()),
                row(
                        "POST /bids that matches, in-process p50 (ms)",
                        ApiBenchmark.percentileMillis(inProcess, 50),
                        baseline),
                row(
                        "POST /bids that matches, in-process p99 (ms)",
                        ApiBenchmark.percentileMillis(inProcess, 99),
                        baseline99),
                row(
                        "POST /bids that matches, local runtime p50 (ms)",
                        ApiBenchmark.percentileMillis(throughRuntime, 50),
                        baseline),
                row(
                        "POST /bids that matches, local runtime p99 (ms)",
                        ApiBenchmark.percentileMillis(throughRuntime, 99),
                        baseline99),
                "");
    }

    private static String row(String name, double value, double baseline) {
        return String.format("| %s | %.3f | %.3f | %.1fx |", name, value, baseline, value / baseline);
    }

    private PlaceOffer offer(long sizeId, String price) {
        return new PlaceOffer(productId, sizeId, new BigDecimal(price), 1, 30);
    }

    private static double seconds(long nanos) {
        return nanos / 1_000_000_000.0;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }
}
