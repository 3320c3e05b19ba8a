package com.sneakers.marketplace.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The simulated clients of one local marketplace, over HTTP only: traders who bid and ask, buyers who
 * pay, cancel, confirm receipt and complete, sellers who ship and cancel, an admin who refunds, and
 * Stripe, whose webhooks the simulation duplicates, reorders and delays. Each order gets a fate; some
 * steps race two calls at once; faults are armed at random. Everything it does is counted in the report.
 */
final class Simulation {
    static final String UPS = "1Z999AA10123456784";
    private static final Duration AWAIT = Duration.ofSeconds(90);

    /** What happens to an order, and the routes it needs beyond the ones every fate uses. */
    enum Fate {
        UNPAID,
        DECLINED_THEN_UNPAID,
        CANCELLED_BEFORE_PAYMENT,
        CANCELLED_AFTER_PAYMENT,
        NEVER_SHIPPED,
        SHIPPED_NEVER_CONFIRMED,
        DELIVERED_NEVER_COMPLETED,
        COMPLETED,
        PARTIAL_REFUND_BEFORE_COMPLETION,
        FULL_REFUND_BEFORE_COMPLETION,
        REFUND_AFTER_COMPLETION,
        REFUND_AFTER_PAYOUT,
        DISPUTED("PUT /api/v1/orders/{id}/dispute", "POST /api/v1/admin/orders/{id}/dispute/resolution");

        final List<String> routes;

        Fate(String... routes) {
            this.routes = List.of(routes);
        }
    }

    /** Two calls at once, or Stripe's webhooks out of their order. */
    enum Race {
        NONE,
        CONFIRM_VS_CANCEL,
        TWO_CONFIRMS,
        REFUND_VS_COMPLETE,
        DUPLICATE_WEBHOOK,
        OUT_OF_ORDER_WEBHOOKS,
        WEBHOOK_AFTER_RECONCILIATION
    }

    /** A user of the marketplace, who signs in again when the clock has outlived the access token. */
    final class Trader {
        final String email;
        final long id;
        volatile String token;
        volatile boolean payoutsEnabled;

        Trader(String email, String token, long id) {
            this.email = email;
            this.token = token;
            this.id = id;
        }

        void signInAgain() {
            token = trades.login(
                    email, email.equals(Marketplace.ADMIN_EMAIL) ? Marketplace.ADMIN_PASSWORD : Trades.PASSWORD);
        }
    }

    record Book(long productId, long sizeId) {}

    /** An order of the simulation with the parties' handles. */
    record SimOrder(long id, Trader buyer, Trader seller, BigDecimal total, JsonNode order) {}

    private final ApiClient api;
    private final Trades trades;
    private final LocalControls local;
    private final DatabaseFaults database;
    private final SimulationReport report;
    private final Set<String> routes;
    private final List<Trader> buyers = new ArrayList<>();
    private final List<Trader> sellers = new ArrayList<>();
    private final Map<Long, Trader> tradersById = new ConcurrentHashMap<>();
    private final List<Book> books = new ArrayList<>();
    private final List<SimOrder> orders = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<Long, Long> paymentIdsByOrder = new ConcurrentHashMap<>();
    private final ExecutorService racers = Executors.newCachedThreadPool();
    private Trader admin;

    Simulation(
            ApiClient api,
            Trades trades,
            LocalControls local,
            DatabaseFaults database,
            SimulationReport report,
            Set<String> routes) {
        this.api = api;
        this.trades = trades;
        this.local = local;
        this.database = database;
        this.report = report;
        this.routes = routes;
    }

    List<SimOrder> orders() {
        return orders;
    }

    boolean available(Fate fate) {
        return routes.containsAll(fate.routes);
    }

    // ------------------------------------------------------------------ set-up

    void registerTraders(int buyerCount, int sellerCount, Random random) {
        admin = new Trader(Marketplace.ADMIN_EMAIL, trades.admin(), 0);
        for (int i = 0; i < buyerCount; i++) {
            buyers.add(register("sim-buyer"));
        }
        for (int i = 0; i < sellerCount; i++) {
            Trader seller = register("sim-seller");
            sellers.add(seller);
            if (random.nextInt(10) < 8) {
                onboard(seller);
            } else {
                report.count("sellers", "never onboarded for payouts");
            }
        }
        report.add("sellers", "registered", sellerCount);
        report.add("buyers", "registered", buyerCount);
    }

    private Trader register(String prefix) {
        String email = AuthApiIT.unique(prefix);
        JsonNode signedUp = api.post("/api/v1/auth/register", AuthApiIT.registration(email), null)
                .json();
        Trader trader = new Trader(
                email,
                signedUp.path("access_token").asText(),
                signedUp.path("user").path("id").asLong());
        tradersById.put(trader.id, trader);
        return trader;
    }

    /** The seller opens a payout account and Stripe reports onboarding done (a signed account.updated). */
    private void onboard(Trader seller) {
        String account = call(
                        "open payout account",
                        seller,
                        () -> api.post("/api/v1/users/payout-account", Map.of(), seller.token))
                .json()
                .path("stripe_account_id")
                .asText();
        trades.postSignedWebhook(
                "account.updated",
                Map.of(
                        "id", account,
                        "object", "account",
                        "payouts_enabled", true,
                        "charges_enabled", true,
                        "details_submitted", true));
        seller.payoutsEnabled = true;
        report.count("sellers", "onboarded for payouts");
    }

    void pickBooks(int count, Random random) {
        JsonNode products =
                api.get("/api/v1/products?page_size=50", null).json().path("items");
        while (books.size() < count) {
            long productId =
                    products.get(random.nextInt(products.size())).path("id").asLong();
            JsonNode sizes = api.get("/api/v1/products/" + productId + "/sizes", null)
                    .json()
                    .path("items");
            if (sizes.size() > 0) {
                books.add(new Book(
                        productId,
                        sizes.get(random.nextInt(sizes.size())).path("id").asLong()));
            }
        }
    }

    // ------------------------------------------------------------------ trading

    /**
     * A seller asks and a buyer bids at or above it on a random book, in a random order; answers the
     * orders their matches became (possibly with other traders' offers on the same book).
     */
    List<SimOrder> trade(Random random) {
        Book book = books.get(random.nextInt(books.size()));
        Trader seller = sellers.get(random.nextInt(sellers.size()));
        Trader buyer = buyers.get(random.nextInt(buyers.size()));
        BigDecimal askPrice = BigDecimal.valueOf(25 + 5L * random.nextInt(60)).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal bidPrice = askPrice.add(BigDecimal.valueOf(random.nextInt(3) * 5L));
        int askQuantity = 1 + random.nextInt(2);
        int bidQuantity = random.nextInt(5) == 0 ? 2 : 1;
        report.count("trading", "price levels used (asks placed)");
        List<SimOrder> made = new ArrayList<>();
        boolean bidFirst = random.nextBoolean();
        for (int step = 0; step < 2; step++) {
            boolean bidding = (step == 0) == bidFirst;
            Trader placer = bidding ? buyer : seller;
            Map<String, Object> offer = new HashMap<>(Map.of(
                    "product_id", book.productId(),
                    "size_id", book.sizeId(),
                    "price", (bidding ? bidPrice : askPrice).toPlainString(),
                    "quantity", bidding ? bidQuantity : askQuantity,
                    "expires_in_days", 30));
            ApiClient.Reply placed = call(
                    bidding ? "place bid" : "place ask",
                    placer,
                    () -> api.send(
                            "POST",
                            bidding ? "/api/v1/bids" : "/api/v1/asks",
                            offer,
                            placer.token,
                            Map.of("Idempotency-Key", UUID.randomUUID().toString())));
            if (placed.status() != 201) {
                report.count("unexpected", (bidding ? "place bid " : "place ask ") + placed.status());
                continue;
            }
            for (JsonNode match : placed.json().path("matches")) {
                report.count("trading", "matches");
                awaitOrder(
                                placer,
                                bidding ? "buyer" : "seller",
                                match.path("id").asLong())
                        .ifPresent(made::add);
            }
        }
        return made;
    }

    private java.util.Optional<SimOrder> awaitOrder(Trader placer, String role, long matchId) {
        long deadline = System.nanoTime() + AWAIT.toNanos();
        while (System.nanoTime() < deadline) {
            ApiClient.Reply listed = call(
                    "list orders",
                    placer,
                    () -> api.get("/api/v1/orders?role=" + role + "&page_size=100", placer.token));
            for (JsonNode order : listed.json().path("items")) {
                if (order.path("match_id").asLong() == matchId) {
                    SimOrder made = new SimOrder(
                            order.path("id").asLong(),
                            tradersById.get(order.path("buyer_id").asLong()),
                            tradersById.get(order.path("seller_id").asLong()),
                            new BigDecimal(order.path("total_amount").asText("0")),
                            order);
                    orders.add(made);
                    return java.util.Optional.of(made);
                }
            }
            LocalControls.pause(Duration.ofMillis(300));
        }
        report.count("unexpected", "match without an order within " + AWAIT.toSeconds() + " s (left to the sweeper)");
        return java.util.Optional.empty();
    }

    // ------------------------------------------------------------------ fates

    void live(SimOrder order, Fate fate, Race race, Random random) {
        report.count("fates", fate.name().toLowerCase());
        if (race != Race.NONE) {
            report.count("races", race.name().toLowerCase());
        }
        switch (fate) {
            case UNPAID -> {}
            case DECLINED_THEN_UNPAID -> confirm(order, intent(order), "pm_card_chargeCustomerFail", null);
            case CANCELLED_BEFORE_PAYMENT -> {
                if (race == Race.CONFIRM_VS_CANCEL) {
                    confirmVersusCancel(order, random);
                } else {
                    cancel(order, random.nextBoolean() ? order.buyer() : order.seller());
                }
            }
            case CANCELLED_AFTER_PAYMENT -> {
                if (pay(order, race)) {
                    cancel(order, random.nextBoolean() ? order.buyer() : order.seller());
                }
            }
            case NEVER_SHIPPED -> pay(order, race);
            case SHIPPED_NEVER_CONFIRMED -> {
                if (pay(order, race)) {
                    ship(order, random);
                }
            }
            case DELIVERED_NEVER_COMPLETED -> {
                if (pay(order, race)) {
                    ship(order, random);
                    deliver(order);
                }
            }
            case COMPLETED -> {
                if (pay(order, race)) {
                    ship(order, random);
                    deliver(order);
                    complete(order);
                }
            }
            case PARTIAL_REFUND_BEFORE_COMPLETION -> {
                if (pay(order, race)) {
                    int stage = random.nextInt(3);
                    if (stage > 0) {
                        ship(order, random);
                    }
                    if (stage > 1) {
                        deliver(order);
                    }
                    refund(order, partial(order, random));
                    if (stage < 1) {
                        ship(order, random);
                    }
                    if (stage < 2) {
                        deliver(order);
                    }
                    complete(order);
                }
            }
            case FULL_REFUND_BEFORE_COMPLETION -> {
                if (pay(order, race)) {
                    int stage = random.nextInt(3);
                    if (stage > 0) {
                        ship(order, random);
                    }
                    if (stage > 1) {
                        deliver(order);
                    }
                    refund(order, null);
                }
            }
            case REFUND_AFTER_COMPLETION -> {
                if (pay(order, race)) {
                    ship(order, random);
                    deliver(order);
                    BigDecimal amount = random.nextBoolean() ? null : partial(order, random);
                    if (race == Race.REFUND_VS_COMPLETE) {
                        refundVersusComplete(order, amount);
                    } else {
                        complete(order);
                        refund(order, amount);
                    }
                }
            }
            case REFUND_AFTER_PAYOUT -> {
                if (pay(order, race)) {
                    ship(order, random);
                    deliver(order);
                    complete(order);
                    if (order.seller().payoutsEnabled && awaitPayoutPaid(order)) {
                        report.count("steps", "refund after the payout was paid");
                    }
                    refund(order, random.nextBoolean() ? null : partial(order, random));
                }
            }
            case DISPUTED -> {
                if (pay(order, race)) {
                    ship(order, random);
                    deliver(order);
                    dispute(order, random);
                }
            }
        }
    }

    private static BigDecimal partial(SimOrder order, Random random) {
        long cents = order.total().movePointRight(2).longValueExact();
        return BigDecimal.valueOf(100 + random.nextLong(Math.max(1, cents / 2 - 100)), 2);
    }

    // ------------------------------------------------------------------ steps

    private JsonNode intent(SimOrder order) {
        ApiClient.Reply reply = call(
                "payment intent",
                order.buyer(),
                () -> api.post("/api/v1/payments/intent", Map.of("order_id", order.id()), order.buyer().token));
        expect("payment intent", reply, 200, 201);
        JsonNode intent = reply.json();
        if (intent.has("id")) {
            paymentIdsByOrder.put(order.id(), intent.path("id").asLong());
        }
        return intent;
    }

    private ApiClient.Reply confirm(SimOrder order, JsonNode intent, String paymentMethod, String idempotencyKey) {
        String key = idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey;
        ApiClient.Reply reply = call(
                "confirm payment",
                order.buyer(),
                () -> api.send(
                        "POST",
                        "/api/v1/payments/confirm",
                        Map.of("payment_id", intent.path("payment_id").asText(), "payment_method", paymentMethod),
                        order.buyer().token,
                        Map.of("Idempotency-Key", key)));
        report.count("responses", "confirm " + paymentMethod + " " + reply.status());
        return reply;
    }

    /** Pays the order in the way the race asks for; answers whether it reached processing. */
    private boolean pay(SimOrder order, Race race) {
        JsonNode intent = intent(order);
        if (!intent.has("payment_id")) {
            return false;
        }
        String paymentIntent = intent.path("stripe_payment_intent_id").asText();
        switch (race) {
            case TWO_CONFIRMS -> {
                List<ApiClient.Reply> replies = atOnce(
                        order,
                        () -> confirm(order, intent, "pm_card_visa", null),
                        () -> confirm(order, intent, "pm_card_visa", null));
                report.count(
                        "race outcomes",
                        "two confirms: " + replies.get(0).status() + " + "
                                + replies.get(1).status());
            }
            case OUT_OF_ORDER_WEBHOOKS -> {
                local.arm(Map.of(
                        "fault",
                        "webhook_delay",
                        "type",
                        "payment_intent.payment_failed",
                        "object",
                        paymentIntent,
                        "hold",
                        "PT20S"));
                report.count("faults armed", "webhook_delay (a decline's event after the success's)");
                confirm(order, intent, "pm_card_chargeCustomerFail", null);
                confirm(order, intent, "pm_card_visa", null);
            }
            case WEBHOOK_AFTER_RECONCILIATION -> {
                local.arm(Map.of(
                        "fault",
                        "webhook_delay",
                        "type",
                        "payment_intent.succeeded",
                        "object",
                        paymentIntent,
                        "hold",
                        "PT60S"));
                report.count("faults armed", "webhook_delay (past the sweeper's reconciliation)");
                confirm(order, intent, "pm_card_visa", null);
                local.advance(Duration.ofMinutes(11));
                boolean reconciled = status(order).equals("processing");
                report.count("race outcomes", "webhook held: paid by the sweeper first = " + reconciled);
            }
            default -> maybeStripeFault("confirm", "/v1/payment_intents/[^/]+/confirm", order);
        }
        if (race != Race.TWO_CONFIRMS
                && race != Race.OUT_OF_ORDER_WEBHOOKS
                && race != Race.WEBHOOK_AFTER_RECONCILIATION) {
            ApiClient.Reply paid = confirm(order, intent, "pm_card_visa", null);
            if (paid.status() != 200) {
                report.count("unexpected", "confirm answered " + paid.status() + " after the client's retries");
            }
        }
        boolean processing = awaitStatus(order, "processing");
        if (processing && race == Race.DUPLICATE_WEBHOOK) {
            duplicateSucceededWebhook(order, paymentIntent);
        }
        return processing;
    }

    /** Stripe delivers one payment_intent.succeeded twice at once, then once more under another id. */
    private void duplicateSucceededWebhook(SimOrder order, String paymentIntent) {
        Map<String, Object> object = Map.of(
                "id", paymentIntent,
                "object", "payment_intent",
                "status", "succeeded",
                "amount", order.total().movePointRight(2).longValueExact(),
                "currency", "usd");
        String eventId = "evt_sim_" + UUID.randomUUID().toString().replace("-", "");
        List<ApiClient.Reply> replies = atOnce(
                order,
                () -> trades.postSignedWebhook(eventId, "payment_intent.succeeded", object),
                () -> trades.postSignedWebhook(eventId, "payment_intent.succeeded", object));
        trades.postSignedWebhook("payment_intent.succeeded", object);
        report.count(
                "race outcomes",
                "duplicate webhook: " + replies.get(0).status() + " + "
                        + replies.get(1).status());
    }

    private void confirmVersusCancel(SimOrder order, Random random) {
        JsonNode intent = intent(order);
        Trader canceller = random.nextBoolean() ? order.buyer() : order.seller();
        List<ApiClient.Reply> replies =
                atOnce(order, () -> confirm(order, intent, "pm_card_visa", null), () -> cancelCall(order, canceller));
        report.count(
                "race outcomes",
                "confirm vs cancel: " + replies.get(0).status() + " + "
                        + replies.get(1).status());
    }

    private void refundVersusComplete(SimOrder order, BigDecimal amount) {
        List<ApiClient.Reply> replies = atOnce(order, () -> refundCall(order, amount), () -> completeCall(order));
        report.count(
                "race outcomes",
                "refund vs complete: " + replies.get(0).status() + " + "
                        + replies.get(1).status());
    }

    private void cancel(SimOrder order, Trader who) {
        expect("cancel", cancelCall(order, who), 200, 409);
    }

    private ApiClient.Reply cancelCall(SimOrder order, Trader who) {
        return call(
                "cancel",
                who,
                () -> api.put(
                        "/api/v1/orders/" + order.id() + "/cancel",
                        Map.of("reason", "simulated change of mind"),
                        who.token));
    }

    private void ship(SimOrder order, Random random) {
        if (random.nextInt(25) == 0) {
            shipThroughAKilledConnection(order);
        }
        expect(
                "ship",
                call(
                        "ship",
                        order.seller(),
                        () -> api.put(
                                "/api/v1/orders/" + order.id() + "/tracking",
                                Map.of("carrier", "UPS", "tracking_number", UPS),
                                order.seller().token)),
                200,
                409);
    }

    /** The seller's first try at shipping loses its database connection in the middle of its transaction. */
    private void shipThroughAKilledConnection(SimOrder order) {
        database.pauseUpdates(order.id(), Duration.ofSeconds(5));
        Future<ApiClient.Reply> shipping = racers.submit(() -> api.put(
                "/api/v1/orders/" + order.id() + "/tracking",
                Map.of("carrier", "UPS", "tracking_number", UPS),
                order.seller().token));
        int killed = database.killPausedTransactions(Duration.ofSeconds(10));
        database.resume(order.id());
        report.add("faults injected", "postgres connection killed mid-transaction (targeted)", killed);
        try {
            report.count(
                    "responses",
                    "ship through a killed connection " + shipping.get().status());
        } catch (Exception e) {
            report.count(
                    "responses",
                    "ship through a killed connection: " + e.getClass().getSimpleName());
        }
    }

    private void deliver(SimOrder order) {
        expect(
                "deliver",
                call(
                        "deliver",
                        order.buyer(),
                        () -> api.put("/api/v1/orders/" + order.id() + "/delivered", null, order.buyer().token)),
                200,
                409);
    }

    private void complete(SimOrder order) {
        expect("complete", completeCall(order), 200, 409);
    }

    private ApiClient.Reply completeCall(SimOrder order) {
        return call(
                "complete",
                order.buyer(),
                () -> api.put("/api/v1/orders/" + order.id() + "/complete", null, order.buyer().token));
    }

    private void refund(SimOrder order, BigDecimal amount) {
        maybeStripeFault("refund", "/v1/refunds", order);
        expect("refund", refundCall(order, amount), 201, 409);
    }

    private ApiClient.Reply refundCall(SimOrder order, BigDecimal amount) {
        long paymentId = paymentIdsByOrder.getOrDefault(order.id(), 0L);
        Map<String, Object> body =
                new HashMap<>(Map.of("reason", "simulated " + (amount == null ? "full" : "partial") + " refund"));
        if (amount != null) {
            body.put("amount", amount.toPlainString());
        }
        report.count("refunds", amount == null ? "full requested" : "partial requested");
        return call(
                "refund",
                admin,
                () -> api.send(
                        "POST",
                        "/api/v1/payments/" + paymentId + "/refund",
                        body,
                        admin.token,
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())));
    }

    private void dispute(SimOrder order, Random random) {
        expect(
                "dispute",
                call(
                        "dispute",
                        order.buyer(),
                        () -> api.put(
                                "/api/v1/orders/" + order.id() + "/dispute",
                                Map.of(
                                        "reason",
                                        random.nextBoolean() ? "not_received" : "not_as_described",
                                        "details",
                                        "Simulated buyer report"),
                                order.buyer().token)),
                200,
                201,
                409);
        String resolution = random.nextBoolean() ? "refund" : "complete";
        expect(
                "dispute resolution",
                call(
                        "dispute resolution",
                        admin,
                        () -> api.post(
                                "/api/v1/admin/orders/" + order.id() + "/dispute/resolution",
                                Map.of("resolution", resolution, "note", "Simulated admin decision"),
                                admin.token)),
                200,
                201,
                409);
    }

    private boolean awaitPayoutPaid(SimOrder order) {
        long deadline = System.nanoTime() + AWAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode payout : call(
                            "list payouts",
                            order.seller(),
                            () -> api.get("/api/v1/payouts?page_size=100", order.seller().token))
                    .json()
                    .path("items")) {
                if (payout.path("order_id").asLong() == order.id()
                        && payout.path("status").asText().equals("paid")) {
                    return true;
                }
            }
            LocalControls.pause(Duration.ofMillis(500));
        }
        report.count("unexpected", "payout not paid within " + AWAIT.toSeconds() + " s");
        return false;
    }

    String status(SimOrder order) {
        return call("read order", order.buyer(), () -> api.get("/api/v1/orders/" + order.id(), order.buyer().token))
                .json()
                .path("status")
                .asText();
    }

    private boolean awaitStatus(SimOrder order, String status) {
        long deadline = System.nanoTime() + AWAIT.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = status(order);
            if (last.equals(status)) {
                return true;
            }
            LocalControls.pause(Duration.ofMillis(300));
        }
        report.count("unexpected", "not " + status + " within " + AWAIT.toSeconds() + " s (was " + last + ")");
        return false;
    }

    // ------------------------------------------------------------------ faults

    /** Now and then, Stripe fails the next call of this step: within the client's retries, or past them. */
    private void maybeStripeFault(String step, String path, SimOrder order) {
        int dice = Math.floorMod(Long.hashCode(order.id() * 31 + step.hashCode()), 40);
        if (dice < 2) {
            int count = 1 + dice * 2;
            local.arm(Map.of("fault", "stripe_error", "method", "POST", "path", path, "count", count));
            report.count("faults armed", "stripe_error x" + count + " on " + step);
        } else if (dice == 2) {
            local.arm(Map.of("fault", "stripe_timeout", "method", "POST", "path", path));
            report.count("faults armed", "stripe_timeout on " + step);
        }
    }

    // ------------------------------------------------------------------ plumbing

    /**
     * Two calls released at the same instant by a barrier, while every update of the order pauses
     * inside its transaction, so the second call arrives while the first holds the order for certain.
     */
    private List<ApiClient.Reply> atOnce(
            SimOrder order, Supplier<ApiClient.Reply> first, Supplier<ApiClient.Reply> second) {
        CyclicBarrier start = new CyclicBarrier(2);
        database.pauseUpdates(order.id(), Duration.ofMillis(300));
        try {
            Future<ApiClient.Reply> one = racers.submit(() -> {
                start.await();
                return first.get();
            });
            Future<ApiClient.Reply> other = racers.submit(() -> {
                start.await();
                return second.get();
            });
            return List.of(one.get(), other.get());
        } catch (Exception e) {
            throw new IllegalStateException("A race did not finish", e);
        } finally {
            database.resume(order.id());
        }
    }

    /**
     * A client's call: signs in again on a 401 (the clock outlives access tokens) and retries a 5xx or
     * a broken connection up to three times, as a client that keeps its Idempotency-Key would.
     */
    ApiClient.Reply call(String step, Trader caller, Supplier<ApiClient.Reply> request) {
        ApiClient.Reply reply = null;
        for (int attempt = 1; attempt <= 4; attempt++) {
            try {
                reply = request.get();
            } catch (AssertionError outsideTheContract) {
                report.count("contract", step + ": " + firstLine(outsideTheContract.getMessage()));
                reply = new ApiClient.Reply(599, Map.of(), "{}");
            } catch (RuntimeException broken) {
                report.count("client", step + ": " + broken.getClass().getSimpleName());
                reply = new ApiClient.Reply(599, Map.of(), "{}");
            }
            if (reply.status() == 401 && caller != null && attempt == 1) {
                caller.signInAgain();
                continue;
            }
            if (reply.status() < 500) {
                return reply;
            }
            report.count("5xx answered", step + " " + reply.status());
            LocalControls.pause(Duration.ofMillis(300L * attempt));
        }
        return reply;
    }

    private void expect(String step, ApiClient.Reply reply, int... statuses) {
        for (int status : statuses) {
            if (reply.status() == status) {
                report.count("responses", step + " " + status);
                return;
            }
        }
        report.count("unexpected", step + " answered " + reply.status() + ": " + abbreviated(reply.body()));
    }

    private static String abbreviated(String body) {
        String detail = body;
        try {
            JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            detail = json.path("detail").asText(json.path("title").asText(body));
        } catch (Exception notJson) {
            // the body as it is
        }
        return detail.length() > 80 ? detail.substring(0, 80) : detail;
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.lines().findFirst().orElse("");
        return line.length() > 90 ? line.substring(0, 90) : line;
    }

    void close() {
        racers.shutdownNow();
    }
}
