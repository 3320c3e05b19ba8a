package com.sneakers.marketplace.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.local.LocalRuntime;
import com.sneakers.marketplace.platform.aws.AwsClients;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * The proof: a marketplace of its own driven over HTTP only, as its clients would, through every fate
 * an order can have, with deliberate races and injected faults, and the clock moved through every timed
 * step; once it is quiet, the marketplace's own reconciliation must find zero violations.
 *
 * <p>{@code -Dsim.orders} (default 20; {@code ./simulate.sh} runs 1,000), {@code -Dsim.seed} (printed
 * at the start; the same seed gives the same plan of fates, races and faults, though not the same
 * interleaving of the workers), {@code -Dsim.workers} (default 3).
 */
class MoneySimulationIT {
    private static final int ORDERS = Integer.getInteger("sim.orders", 20);
    private static final int WORKERS = Integer.getInteger("sim.workers", 3);
    private static final List<String> QUEUES =
            List.of("create-order", "payment-intent", "payouts", "stripe-webhooks.fifo");
    private static final Map<String, String> DEAD_LETTER_QUEUES = Map.of(
            "CreateOrderDLQ", "CreateOrderQueue",
            "PaymentIntentDLQ", "PaymentIntentQueue",
            "PayoutDLQ", "PayoutQueue",
            "StripeWebhookDLQ", "StripeWebhookQueue");
    /** The timed steps of an order, each moved past once the clients are done. */
    private static final List<Map.Entry<String, Duration>> TIMED_STEPS = List.of(
            Map.entry("payment deadline (24 h)", Duration.ofHours(24).plusMinutes(1)),
            Map.entry("ship-by deadline (3 days)", Duration.ofDays(3).plusMinutes(1)),
            Map.entry(
                    "assumed delivery (14 days after shipping)",
                    Duration.ofDays(14).plusMinutes(1)),
            Map.entry("completion (7 days after delivery)", Duration.ofDays(7).plusMinutes(1)),
            Map.entry("payment and payout reconciliation", Duration.ofMinutes(11)));

    private final SimulationReport report = new SimulationReport();

    @Test
    void everyFateRaceAndFaultLeavesTheMoneyReconciled() throws Exception {
        long seed = Long.getLong("sim.seed", new SecureRandom().nextLong());
        System.out.printf(
                "%nMoneySimulationIT: seed %d, %d orders, %d workers (again: -Dsim.seed=%d -Dsim.orders=%d)%n",
                seed, ORDERS, WORKERS, seed, ORDERS);
        LocalRuntime runtime = Marketplace.start("sim", Map.of("LOCAL_API_CONCURRENCY", "2"));
        Simulation simulation = null;
        try {
            ApiClient api = new ApiClient(runtime.port());
            Trades trades = new Trades(api, runtime);
            LocalControls local = new LocalControls(api);
            DatabaseFaults database = new DatabaseFaults(runtime.dataSource());
            Set<String> routes = documentedRoutes(api);
            simulation = new Simulation(api, trades, local, database, report, routes);
            Random random = new Random(seed);
            simulation.registerTraders(Math.max(4, ORDERS / 3), Math.max(3, ORDERS / 4), random);
            simulation.pickBooks(Math.max(6, ORDERS / 4), random);

            trade(simulation, local, database, seed);
            walkTheClock(local, runtime);
            countFinalStatuses(simulation);
            local.faults()
                    .path("injected")
                    .fields()
                    .forEachRemaining(fault -> report.add(
                            "faults injected", fault.getKey(), fault.getValue().asInt()));

            ApiClient.Reply reconciliation = api.get("/api/v1/admin/reconciliation", trades.admin());
            report.count("reconciliation", "GET /api/v1/admin/reconciliation " + reconciliation.status());
            if (reconciliation.status() == 200) {
                reconciliation
                        .json()
                        .path("violations")
                        .forEach(violation -> report.count(
                                "violations", violation.path("invariant").asText()));
            }
            report.print(
                    System.out,
                    "MoneySimulationIT, seed " + seed + ", "
                            + simulation.orders().size() + " orders");
            Assumptions.assumeTrue(
                    reconciliation.status() != 404,
                    "GET /api/v1/admin/reconciliation is not there yet: nothing to assert");
            assertThat(reconciliation.status()).as(reconciliation.body()).isEqualTo(200);
            assertThat(reconciliation.json().path("violations"))
                    .as("violations after seed " + seed + ": " + reconciliation.body())
                    .isEmpty();
        } finally {
            if (simulation != null) {
                simulation.close();
            }
            runtime.close();
        }
    }

    /** The clients at work: traders on a few workers, with faults armed now and then in the background. */
    private void trade(Simulation simulation, LocalControls local, DatabaseFaults database, long seed)
            throws Exception {
        List<Simulation.Fate> fates = new ArrayList<>();
        for (Simulation.Fate fate : Simulation.Fate.values()) {
            if (simulation.available(fate)) {
                fates.add(fate);
            } else {
                report.count("unavailable", "fate " + fate.name().toLowerCase() + " (needs " + fate.routes + ")");
            }
        }
        AtomicInteger started = new AtomicInteger();
        AtomicInteger trades = new AtomicInteger();
        AtomicBoolean trading = new AtomicBoolean(true);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS + 1);
        Future<?> chaos = workers.submit(() -> chaos(local, database, new Random(seed ^ 0x5EED), trading));
        List<Future<?>> running = new ArrayList<>();
        for (int worker = 0; worker < WORKERS; worker++) {
            Random random = new Random(seed + worker + 1);
            running.add(workers.submit(() -> {
                while (started.get() < ORDERS && trades.incrementAndGet() < 3 * ORDERS) {
                    for (Simulation.SimOrder order : simulation.trade(random)) {
                        int index = started.getAndIncrement();
                        Plan plan = plan(index, fates, random);
                        simulation.live(order, plan.fate(), plan.race(), random);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : running) {
            worker.get();
        }
        trading.set(false);
        chaos.get();
        workers.shutdown();
    }

    private record Plan(Simulation.Fate fate, Simulation.Race race) {}

    /** The first orders take every fate once, then every race once; the rest are drawn at random. */
    private static Plan plan(int index, List<Simulation.Fate> fates, Random random) {
        List<Simulation.Race> races = List.of(Simulation.Race.values()).subList(1, Simulation.Race.values().length);
        if (index < fates.size()) {
            return new Plan(fates.get(index), Simulation.Race.NONE);
        }
        if (index < fates.size() + races.size()) {
            Simulation.Race race = races.get(index - fates.size());
            return new Plan(fateFor(race), race);
        }
        Simulation.Fate fate = fates.get(random.nextInt(fates.size()));
        Simulation.Race race = Simulation.Race.NONE;
        int dice = random.nextInt(100);
        if (fate == Simulation.Fate.CANCELLED_BEFORE_PAYMENT && dice < 50) {
            race = Simulation.Race.CONFIRM_VS_CANCEL;
        } else if (fate == Simulation.Fate.REFUND_AFTER_COMPLETION && dice < 50) {
            race = Simulation.Race.REFUND_VS_COMPLETE;
        } else if (pays(fate) && dice < 24) {
            race = List.of(
                            Simulation.Race.TWO_CONFIRMS,
                            Simulation.Race.DUPLICATE_WEBHOOK,
                            Simulation.Race.OUT_OF_ORDER_WEBHOOKS,
                            Simulation.Race.WEBHOOK_AFTER_RECONCILIATION)
                    .get(dice / 6);
        }
        return new Plan(fate, race);
    }

    private static Simulation.Fate fateFor(Simulation.Race race) {
        return switch (race) {
            case CONFIRM_VS_CANCEL -> Simulation.Fate.CANCELLED_BEFORE_PAYMENT;
            case REFUND_VS_COMPLETE -> Simulation.Fate.REFUND_AFTER_COMPLETION;
            default -> Simulation.Fate.COMPLETED;
        };
    }

    private static boolean pays(Simulation.Fate fate) {
        return switch (fate) {
            case UNPAID, DECLINED_THEN_UNPAID, CANCELLED_BEFORE_PAYMENT -> false;
            default -> true;
        };
    }

    /**
     * While the clients trade: every 15 to 40 seconds one fault of the infrastructure, each kind at least
     * once (the bus refuses a publish, a consumer fails a message until it is dead-lettered, Postgres
     * connections are killed in the middle of their transactions), and the clock two minutes on, so the
     * sweeper relays what the bus refused and reconciles what lost its webhook while the clients trade.
     */
    private void chaos(LocalControls local, DatabaseFaults database, Random random, AtomicBoolean trading) {
        int round = 0;
        while (trading.get()) {
            long wakeUp = System.nanoTime()
                    + Duration.ofMillis(15_000 + random.nextInt(25_000)).toNanos();
            while (trading.get() && System.nanoTime() < wakeUp) {
                LocalControls.pause(Duration.ofMillis(250));
            }
            if (!trading.get()) {
                return;
            }
            local.advance(Duration.ofMinutes(2));
            switch (round++ < 3 ? round - 1 : random.nextInt(3)) {
                case 0 -> {
                    local.arm(Map.of("fault", "eventbridge_failure"));
                    report.count("faults armed", "eventbridge_failure (one PutEvents request)");
                }
                case 1 -> {
                    String queue = QUEUES.get(random.nextInt(QUEUES.size()));
                    local.arm(Map.of("fault", "consumer_failure", "queue", queue));
                    report.count("faults armed", "consumer_failure on " + queue);
                }
                default ->
                    report.add(
                            "faults injected",
                            "postgres connections killed mid-transaction (at random)",
                            database.killConnectionsMidTransaction());
            }
        }
    }

    /** Moves the clock past each timed step, sweeping until the marketplace is quiet after each. */
    private void walkTheClock(LocalControls local, LocalRuntime runtime) {
        local.awaitQuiet(Duration.ofMinutes(6), 2);
        int sweeps = 2 + ORDERS / 20;
        for (Map.Entry<String, Duration> step : TIMED_STEPS) {
            local.advance(step.getValue());
            report.count("clock", step.getKey());
            for (int sweep = 0; sweep < sweeps; sweep++) {
                local.awaitQuiet(Duration.ofMinutes(6), 1);
                local.advance(Duration.ofMinutes(1));
            }
        }
        local.disarm();
        local.awaitQuiet(Duration.ofMinutes(6), 2);
        int redriven = redriveDeadLetters(runtime);
        report.add("operator", "dead-lettered messages re-driven by hand", redriven);
        for (int sweep = 0; sweep < sweeps; sweep++) {
            local.advance(Duration.ofMinutes(16));
            local.awaitQuiet(Duration.ofMinutes(6), 2);
        }
        AtomicInteger left = new AtomicInteger();
        local.activity().path("dead_letters").forEach(count -> left.addAndGet(count.asInt()));
        report.add("operator", "dead letters left at the end", left.get());
    }

    /**
     * What an operator does with dead letters the marketplace left there: sends them back to their
     * queue. Once the sweeper re-drives lost messages itself, there is nothing left to do here.
     */
    private static int redriveDeadLetters(LocalRuntime runtime) {
        SqsClient sqs = AwsClients.sqs();
        int moved = 0;
        for (Map.Entry<String, String> pair : DEAD_LETTER_QUEUES.entrySet()) {
            String from = runtime.stack().ref(pair.getKey());
            String to = runtime.stack().ref(pair.getValue());
            List<Message> messages;
            do {
                messages = sqs.receiveMessage(request -> request.queueUrl(from)
                                .maxNumberOfMessages(10)
                                .waitTimeSeconds(1)
                                .messageSystemAttributeNames(MessageSystemAttributeName.ALL))
                        .messages();
                for (Message message : messages) {
                    String group = message.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID);
                    sqs.sendMessage(request -> {
                        request.queueUrl(to).messageBody(message.body());
                        if (group != null) {
                            request.messageGroupId(group).messageDeduplicationId("redrive-" + message.messageId());
                        }
                    });
                    sqs.deleteMessage(request -> request.queueUrl(from).receiptHandle(message.receiptHandle()));
                    moved++;
                }
            } while (!messages.isEmpty());
        }
        return moved;
    }

    private void countFinalStatuses(Simulation simulation) {
        for (Simulation.SimOrder order : simulation.orders()) {
            report.count("final status", simulation.status(order));
        }
    }

    /** The routes the running API documents, as "METHOD /path", to tell which fates can be played. */
    private static Set<String> documentedRoutes(ApiClient api) {
        Set<String> routes = new HashSet<>();
        JsonNode paths = api.get("/api/v1/openapi.json", null).json().path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> path = paths.fields(); path.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = path.next();
            entry.getValue()
                    .fieldNames()
                    .forEachRemaining(method -> routes.add(method.toUpperCase() + " " + entry.getKey()));
        }
        return routes;
    }
}
