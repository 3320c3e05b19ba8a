package com.sneakers.marketplace.payments.payouts.adapter;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.OrderSteps;
import com.sneakers.marketplace.payments.Cents;
import com.sneakers.marketplace.payments.GatewayResult;
import com.sneakers.marketplace.payments.NewTransfer;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.PaymentGatewayException;
import com.sneakers.marketplace.payments.Transfer;
import com.sneakers.marketplace.payments.payouts.Payout;
import com.sneakers.marketplace.payments.payouts.PayoutAttempt;
import com.sneakers.marketplace.payments.payouts.PayoutDecision;
import com.sneakers.marketplace.payments.payouts.PayoutEligibility;
import com.sneakers.marketplace.payments.payouts.PayoutStatus;
import com.sneakers.marketplace.payments.payouts.Reconciliation;
import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pays sellers for completed orders with Stripe Connect transfers (separate charges and transfers).
 *
 * <p>An attempt claims a {@code pending} payout by moving it to {@code processing} in a transaction
 * that holds the order's and the payout's row locks and checks the order is {@code completed}; only
 * the claimant calls Stripe, outside any transaction, with the payout id as idempotency key, and
 * settles the payout {@code paid} or {@code failed} from {@code processing}. So two deliveries of the
 * same event never transfer twice, and a crash between the Stripe call and the settlement leaves a
 * {@code processing} payout that {@link #reconcile} settles by repeating the same idempotent call.
 */
public final class PayoutService {
    private static final Logger LOG = LoggerFactory.getLogger(PayoutService.class);
    /** An attempt takes seconds; a payout {@code processing} longer than this lost its attempt. */
    static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(10);
    /** Stripe keeps idempotency keys at least 24 hours; repeating a transfer later could pay twice. */
    static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(23);
    /** How often a waiting payout is looked at again. */
    static final Duration RETRY_WAITING_AFTER = Duration.ofMinutes(5);

    private static final String STUCK = "processing beyond Stripe's idempotency window";

    private final Transactions transactions;
    private final JdbcPayoutStore payouts;
    private final JdbcSellerAccountStore accounts;
    private final OrderSteps orders;
    private final PayoutEvents events;
    private final Supplier<PaymentGateway> gateway;
    private final Clock clock;

    PayoutService(
            DataSource dataSource,
            JdbcPayoutStore payouts,
            JdbcSellerAccountStore accounts,
            OrderSteps orders,
            PayoutEvents events,
            Supplier<PaymentGateway> gateway,
            Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.payouts = payouts;
        this.accounts = accounts;
        this.orders = orders;
        this.events = events;
        this.gateway = gateway;
        this.clock = clock;
    }

    /**
     * The completed order's one payout, made {@code pending} on first sight; empty (and nothing made)
     * when the order is not completed, such as one refunded since.
     */
    public Optional<Payout> recordCompletedOrder(long orderId) {
        return transactions.inTransaction("record the payout of order " + orderId, transaction -> {
            Order order = orders.lock(orderId).orElseThrow(() -> new IllegalArgumentException("No order " + orderId));
            if (order.status() != OrderStatus.COMPLETED) {
                LOG.warn(
                        "Order {} is {}, not completed: no payout",
                        order.orderNumber(),
                        order.status().wire());
                return Optional.empty();
            }
            return Optional.of(payouts.insertIfAbsent(transaction, order, newPayoutId(), clock.instant()));
        });
    }

    /**
     * Transfers a {@code pending} payout if it may be paid now; leaves it {@code pending} when it must
     * wait, fails it when its order is no longer completed, and leaves any other status alone.
     * {@link PaymentGatewayException} when Stripe cannot be reached (the payout is {@code pending} again).
     */
    public PayoutAttempt attempt(String payoutId) {
        Payout seen = transactions
                .read("read payout " + payoutId, connection -> payouts.find(connection, payoutId))
                .orElseThrow(() -> new IllegalArgumentException("No payout " + payoutId));
        Claim claim = transactions.inTransaction("claim payout " + payoutId, transaction -> claim(transaction, seen));
        if (claim.chargeId() == null) {
            return claim.attempt();
        }
        return transfer(claim.attempt().payout(), claim.chargeId());
    }

    /** Attempts every {@code pending} payout of the seller, as when their account can receive payouts. */
    public List<PayoutAttempt> attemptPendingOf(long sellerId) {
        List<String> pending = transactions.read(
                "read the pending payouts of seller " + sellerId,
                connection -> payouts.pendingOfSeller(connection, sellerId));
        List<PayoutAttempt> attempts = new ArrayList<>();
        for (String payoutId : pending) {
            attempts.add(attempt(payoutId));
        }
        return attempts;
    }

    /**
     * Repairs what a lost attempt or a missed webhook left behind: payouts {@code processing} for
     * longer than {@link #PROCESSING_TIMEOUT} are settled by repeating their idempotent transfer (Stripe
     * answers with the transfer it made, or makes it if the attempt never reached it); {@code pending}
     * payouts untouched for {@link #RETRY_WAITING_AFTER} are attempted again (the seller may be enabled
     * or the charge known by now). At most {@code batch} of each.
     */
    public Reconciliation reconcile(Instant now, int batch) {
        Tally tally = new Tally();
        List<String> processing = transactions.read(
                "find stuck payouts",
                connection -> payouts.unchangedSince(
                        connection, PayoutStatus.PROCESSING, now.minus(PROCESSING_TIMEOUT), batch));
        for (String payoutId : processing) {
            tally.count(() -> resume(payoutId, now));
        }
        List<String> waiting = transactions.read(
                "find waiting payouts",
                connection -> payouts.unchangedSince(
                        connection, PayoutStatus.PENDING, now.minus(RETRY_WAITING_AFTER), batch));
        for (String payoutId : waiting) {
            tally.count(() -> attempt(payoutId));
        }
        return tally.result();
    }

    /**
     * Records in the caller's transaction that Stripe fully reversed the transfer: its {@code paid}
     * payout becomes {@code reversed} (with {@code payout.reversed}). False when no payout of ours has
     * that transfer.
     */
    public boolean transferReversed(Connection transaction, String transferId) throws SQLException {
        Optional<Payout> payout = payouts.lockByTransfer(transaction, transferId);
        if (payout.isEmpty()) {
            return false;
        }
        if (payout.get().status() != PayoutStatus.PAID) {
            LOG.info(
                    "Transfer {} reversed; payout {} is already {}",
                    transferId,
                    payout.get().payoutId(),
                    payout.get().status().wire());
            return true;
        }
        Instant now = clock.instant();
        Payout reversed = payout.get().reversed();
        payouts.move(transaction, reversed, PayoutStatus.PAID, now);
        LOG.warn("Payout {} reversed by Stripe (transfer {})", reversed.payoutId(), transferId);
        events.payoutMoved(transaction, reversed, "the transfer was reversed", now);
        return true;
    }

    /**
     * Whether a transfer of the order {@code transferGroup} names may still be recorded by us: its
     * payout is being transferred right now, so the webhook outran the settlement.
     */
    public boolean awaitsTransfer(Connection connection, String transferGroup) throws SQLException {
        return payouts.findByOrderNumber(connection, transferGroup)
                .filter(payout -> payout.status() == PayoutStatus.PROCESSING)
                .isPresent();
    }

    public Page<Payout> listOfSeller(long sellerId, PayoutStatus status, Paging paging) {
        return transactions.read(
                "list the payouts of seller " + sellerId,
                connection -> payouts.listOfSeller(connection, sellerId, status, paging));
    }

    private Claim claim(Connection transaction, Payout seen) throws SQLException {
        Order order =
                orders.lock(seen.orderId()).orElseThrow(() -> new IllegalStateException("No order " + seen.orderId()));
        Payout payout = payouts.lock(transaction, seen.payoutId()).orElseThrow();
        if (payout.status() != PayoutStatus.PENDING) {
            return Claim.done(
                    new PayoutAttempt(payout, "already " + payout.status().wire()));
        }
        Instant now = clock.instant();
        PayoutDecision decision = PayoutEligibility.decide(
                order.status(),
                accounts.find(transaction, payout.sellerId()),
                payouts.chargeOf(transaction, payout.orderId()));
        if (decision instanceof PayoutDecision.Transfer transfer) {
            Payout processing = payout.processing(transfer.destinationAccountId());
            payouts.move(transaction, processing, PayoutStatus.PENDING, now);
            return new Claim(new PayoutAttempt(processing, "claimed"), transfer.sourceChargeId());
        }
        if (decision instanceof PayoutDecision.Refuse refuse) {
            Payout failed = payout.failed(now);
            payouts.move(transaction, failed, PayoutStatus.PENDING, now);
            LOG.warn("Payout {} failed: {}", payout.payoutId(), refuse.reason());
            events.payoutMoved(transaction, failed, refuse.reason(), now);
            return Claim.done(new PayoutAttempt(failed, refuse.reason()));
        }
        String reason = ((PayoutDecision.Wait) decision).reason();
        payouts.touch(transaction, payout.payoutId(), now);
        LOG.info("Payout {} waits: {}", payout.payoutId(), reason);
        return Claim.done(new PayoutAttempt(payout, reason));
    }

    private PayoutAttempt resume(String payoutId, Instant now) {
        Payout payout = transactions
                .read("read payout " + payoutId, connection -> payouts.find(connection, payoutId))
                .orElseThrow();
        if (payout.updatedAt().isBefore(now.minus(IDEMPOTENCY_WINDOW))) {
            LOG.error(
                    "Payout {} has been processing since {}, beyond Stripe's idempotency window: check the transfer"
                            + " group {} in Stripe and settle it by hand",
                    payoutId,
                    payout.updatedAt(),
                    payout.orderNumber());
            return new PayoutAttempt(payout, STUCK);
        }
        String chargeId = transactions
                .read("read the charge of order " + payout.orderId(), c -> payouts.chargeOf(c, payout.orderId()))
                .orElseThrow(() -> new IllegalStateException("Payout " + payoutId + " was claimed without a charge"));
        LOG.warn("Payout {} was left processing; repeating its transfer", payoutId);
        return transfer(payout, chargeId);
    }

    private PayoutAttempt transfer(Payout payout, String chargeId) {
        GatewayResult<Transfer> result;
        try {
            result = gateway.get()
                    .createTransfer(new NewTransfer(
                            Cents.of(payout.amount()),
                            payout.currency().toLowerCase(Locale.ROOT),
                            payout.stripeAccountId(),
                            payout.orderNumber(),
                            chargeId,
                            payout.payoutId()));
        } catch (RuntimeException e) {
            release(payout);
            throw e;
        }
        return transactions.inTransaction("settle payout " + payout.payoutId(), transaction -> {
            Instant now = clock.instant();
            Payout settled;
            String note;
            if (result instanceof GatewayResult.Succeeded<Transfer> succeeded) {
                settled = payout.paid(succeeded.value().id(), now);
                note = "transferred as " + succeeded.value().id();
            } else {
                settled = payout.failed(now);
                note = "Stripe refused the transfer: " + result;
            }
            if (!payouts.move(transaction, settled, PayoutStatus.PROCESSING, now)) {
                Payout current = payouts.lock(transaction, payout.payoutId()).orElseThrow();
                return new PayoutAttempt(current, "settled by another attempt");
            }
            LOG.info("Payout {} {}: {}", payout.payoutId(), settled.status().wire(), note);
            events.payoutMoved(transaction, settled, note, now);
            return new PayoutAttempt(settled, note);
        });
    }

    /** Stripe was not reached (or not asked): the payout waits again; the same idempotency key makes the retry safe. */
    private void release(Payout processing) {
        transactions.inTransaction(
                "release payout " + processing.payoutId(),
                transaction ->
                        payouts.move(transaction, processing.pendingAgain(), PayoutStatus.PROCESSING, clock.instant()));
    }

    private static String newPayoutId() {
        return "po_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The attempt so far, and the charge to fund the transfer when the payout was claimed. */
    private record Claim(PayoutAttempt attempt, String chargeId) {
        static Claim done(PayoutAttempt attempt) {
            return new Claim(attempt, null);
        }
    }

    private static final class Tally {
        private int paid;
        private int failed;
        private int waiting;
        private int unavailable;
        private int stuck;
        private int errors;

        void count(Supplier<PayoutAttempt> attempt) {
            PayoutAttempt done;
            try {
                done = attempt.get();
            } catch (PaymentGatewayException e) {
                LOG.warn("Stripe unavailable while reconciling a payout: {}", e.toString());
                unavailable++;
                return;
            } catch (RuntimeException e) {
                LOG.error("A payout could not be reconciled; the next sweep tries again", e);
                errors++;
                return;
            }
            switch (done.payout().status()) {
                case PAID:
                    paid++;
                    break;
                case FAILED:
                    failed++;
                    break;
                case PENDING:
                    waiting++;
                    break;
                default:
                    if (STUCK.equals(done.note())) {
                        stuck++;
                    }
            }
        }

        Reconciliation result() {
            return new Reconciliation(paid, failed, waiting, unavailable, stuck, errors);
        }
    }
}
