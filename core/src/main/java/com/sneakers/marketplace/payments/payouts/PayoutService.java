package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.identity.UserId;
import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.orders.OrderSteps;
import com.sneakers.marketplace.payments.GatewayResult;
import com.sneakers.marketplace.payments.NewTransfer;
import com.sneakers.marketplace.payments.PaymentGateway;
import com.sneakers.marketplace.payments.PaymentGatewayException;
import com.sneakers.marketplace.payments.SellerClawback;
import com.sneakers.marketplace.payments.Transfer;
import com.sneakers.marketplace.payments.TransferReversal;
import com.sneakers.marketplace.payments.ledger.Ledger;
import com.sneakers.marketplace.payments.ledger.Sale;
import com.sneakers.marketplace.platform.money.Money;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import com.sneakers.marketplace.platform.transaction.UnitOfWork;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
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
public final class PayoutService implements Payouts, SellerClawback {
    private static final Logger LOG = LoggerFactory.getLogger(PayoutService.class);
    /** An attempt takes seconds; a payout {@code processing} longer than this lost its attempt. */
    static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(10);
    /** Stripe keeps idempotency keys at least 24 hours; repeating a transfer later could pay twice. */
    static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(23);
    /** How often a waiting payout is looked at again. */
    static final Duration RETRY_WAITING_AFTER = Duration.ofMinutes(5);

    private static final String STUCK = "processing beyond Stripe's idempotency window";

    private final UnitOfWork unitOfWork;
    private final PayoutRecords payouts;
    private final SellerAccounts accounts;
    private final OrderSteps orders;
    private final PayoutEventLog events;
    private final Supplier<PaymentGateway> gateway;
    private final Ledger ledger;
    private final Clock clock;

    public PayoutService(
            UnitOfWork unitOfWork,
            PayoutRecords payouts,
            SellerAccounts accounts,
            OrderSteps orders,
            PayoutEventLog events,
            Supplier<PaymentGateway> gateway,
            Ledger ledger,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.payouts = payouts;
        this.accounts = accounts;
        this.orders = orders;
        this.events = events;
        this.gateway = gateway;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * The completed order's one payout, made {@code pending} on first sight; empty (and nothing made)
     * when the order is not completed, such as one refunded since.
     */
    @Override
    public Optional<Payout> recordCompletedOrder(OrderId orderId) {
        return unitOfWork.inTransaction(() -> {
            Order order = orders.lock(orderId).orElseThrow(() -> new IllegalArgumentException("No order " + orderId));
            if (order.status() != OrderStatus.COMPLETED) {
                LOG.warn(
                        "Order {} is {}, not completed: no payout",
                        order.orderNumber(),
                        order.status().wire());
                return Optional.empty();
            }
            return Optional.of(payouts.insertIfAbsent(order, newPayoutId(), clock.instant()));
        });
    }

    /**
     * Transfers a {@code pending} payout if it may be paid now; leaves it {@code pending} when it must
     * wait, fails it when its order is no longer completed, and leaves any other status alone.
     * {@link PaymentGatewayException} when Stripe cannot be reached (the payout is {@code pending} again).
     */
    @Override
    public PayoutAttempt attempt(String payoutId) {
        Payout seen = payouts.find(payoutId).orElseThrow(() -> new IllegalArgumentException("No payout " + payoutId));
        Claim claim = unitOfWork.inTransaction(() -> claim(seen));
        if (claim.chargeId() == null) {
            return claim.attempt();
        }
        return transfer(claim.attempt().payout(), claim.chargeId());
    }

    /** Attempts every {@code pending} payout of the seller, as when their account can receive payouts. */
    @Override
    public List<PayoutAttempt> attemptPendingOf(UserId sellerId) {
        List<String> pending = payouts.pendingOfSeller(sellerId.value());
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
    @Override
    public Reconciliation reconcile(Instant now, int batch) {
        Tally tally = new Tally();
        List<String> processing = payouts.unchangedSince(PayoutStatus.PROCESSING, now.minus(PROCESSING_TIMEOUT), batch);
        for (String payoutId : processing) {
            tally.count(() -> resume(payoutId, now));
        }
        List<String> waiting = payouts.unchangedSince(PayoutStatus.PENDING, now.minus(RETRY_WAITING_AFTER), batch);
        for (String payoutId : waiting) {
            tally.count(() -> attempt(payoutId));
        }
        return tally.result();
    }

    /**
     * Records in the caller's transaction that Stripe says {@code reversedInTotal} of the transfer was
     * taken back (by us or from Stripe's dashboard): what we did not know of yet is journaled, and a
     * fully reversed {@code paid} payout becomes {@code reversed} (with {@code payout.reversed}). False
     * when no payout of ours has that transfer.
     */
    public boolean transferReversed(String transferId, Money reversedInTotal) {
        return unitOfWork.inTransaction(() -> {
            Optional<Payout> payout = payouts.lockByTransfer(transferId);
            if (payout.isEmpty()) {
                return false;
            }
            BigDecimal known = payouts.reversedOf(payout.get().payoutId());
            BigDecimal news = reversedInTotal.amount().subtract(known);
            if (news.signum() > 0) {
                recordReversal(
                        payout.get(),
                        transferId + "@" + reversedInTotal.minorUnits(),
                        Money.of(news, reversedInTotal.currency()));
            } else {
                LOG.info("Transfer {}: reversals up to {} are known already", transferId, reversedInTotal);
            }
            return true;
        });
    }

    /**
     * Takes the seller's {@code share} of a refund back from the order's paid transfer (as much of it as
     * is left), in the caller's transaction, which holds the order's row lock.
     */
    @Override
    public Clawback reclaim(OrderId orderId, Money share, String idempotencyKey) {
        return unitOfWork.inTransaction(() -> {
            Optional<Payout> found = payouts.lockByOrder(orderId.value());
            if (found.isEmpty()
                    || found.get().status() == PayoutStatus.PENDING
                    || found.get().status() == PayoutStatus.FAILED) {
                return new Clawback.NothingPaidOut();
            }
            Payout payout = found.get();
            if (payout.status() == PayoutStatus.PROCESSING) {
                return new Clawback.TransferInFlight();
            }
            BigDecimal left = payout.amount().amount().subtract(payouts.reversedOf(payout.payoutId()));
            BigDecimal amount = share.amount().min(left);
            if (amount.signum() <= 0) {
                return new Clawback.NothingPaidOut();
            }
            Money reversing = Money.of(amount, share.currency());
            GatewayResult<TransferReversal> reversed =
                    gateway.get().reverseTransfer(payout.stripeTransferId(), reversing, idempotencyKey);
            if (!(reversed instanceof GatewayResult.Succeeded<TransferReversal> succeeded)) {
                LOG.warn("Stripe refused to reverse transfer {}: {}", payout.stripeTransferId(), reversed);
                return new Clawback.Refused(String.valueOf(reversed));
            }
            recordReversal(payout, succeeded.value().id(), reversing);
            return new Clawback.Reversed(reversing);
        });
    }

    private void recordReversal(Payout payout, String reference, Money amount) {
        Instant now = clock.instant();
        payouts.addReversal(payout.payoutId(), amount, now);
        ledger.post(saleOf(payout).transferReversed(reference, amount, now));
        boolean full =
                payouts.reversedOf(payout.payoutId()).compareTo(payout.amount().amount()) >= 0;
        LOG.warn("Payout {}: {} of its transfer taken back", payout.payoutId(), amount);
        if (full && payout.status() == PayoutStatus.PAID) {
            Payout reversed = payout.reversed();
            payouts.move(reversed, PayoutStatus.PAID, now);
            events.payoutMoved(reversed, "the transfer was reversed", now);
        }
    }

    private Sale saleOf(Payout payout) {
        return Sale.of(orders.find(new OrderId(payout.orderId()))
                .orElseThrow(() -> new IllegalStateException("No order " + payout.orderId())));
    }

    /**
     * Whether a transfer of the order {@code transferGroup} names may still be recorded by us: its
     * payout is being transferred right now, so the webhook outran the settlement.
     */
    public boolean awaitsTransfer(String transferGroup) {
        return payouts.findByOrderNumber(transferGroup)
                .filter(payout -> payout.status() == PayoutStatus.PROCESSING)
                .isPresent();
    }

    @Override
    public Page<Payout> listOfSeller(long sellerId, PayoutStatus status, Paging paging) {
        return payouts.listOfSeller(sellerId, status, paging);
    }

    private Claim claim(Payout seen) {
        Order order = orders.lock(new OrderId(seen.orderId()))
                .orElseThrow(() -> new IllegalStateException("No order " + seen.orderId()));
        Payout payout = payouts.lock(seen.payoutId()).orElseThrow();
        if (payout.status() != PayoutStatus.PENDING) {
            return Claim.done(
                    new PayoutAttempt(payout, "already " + payout.status().wire()));
        }
        Instant now = clock.instant();
        Funding funding = payouts.fundingOf(payout.orderId());
        PayoutDecision decision = PayoutEligibility.decide(
                order.status(),
                funding,
                Sale.of(order).payoutAfter(funding.givenBack()),
                accounts.find(payout.sellerId()));
        if (decision instanceof PayoutDecision.Transfer transfer) {
            Payout processing = payout.processing(transfer.destinationAccountId(), transfer.amount());
            payouts.move(processing, PayoutStatus.PENDING, now);
            return new Claim(new PayoutAttempt(processing, "claimed"), transfer.sourceChargeId());
        }
        if (decision instanceof PayoutDecision.Refuse refuse) {
            Payout failed = payout.failed(now);
            payouts.move(failed, PayoutStatus.PENDING, now);
            LOG.warn("Payout {} failed: {}", payout.payoutId(), refuse.reason());
            events.payoutMoved(failed, refuse.reason(), now);
            return Claim.done(new PayoutAttempt(failed, refuse.reason()));
        }
        String reason = ((PayoutDecision.Wait) decision).reason();
        payouts.touch(payout.payoutId(), now);
        LOG.info("Payout {} waits: {}", payout.payoutId(), reason);
        return Claim.done(new PayoutAttempt(payout, reason));
    }

    private PayoutAttempt resume(String payoutId, Instant now) {
        Payout payout = payouts.find(payoutId).orElseThrow();
        if (payout.updatedAt().isBefore(now.minus(IDEMPOTENCY_WINDOW))) {
            LOG.error(
                    "Payout {} has been processing since {}, beyond Stripe's idempotency window: check the transfer"
                            + " group {} in Stripe and settle it by hand",
                    payoutId,
                    payout.updatedAt(),
                    payout.orderNumber());
            return new PayoutAttempt(payout, STUCK);
        }
        String chargeId = payouts.chargeOf(payout.orderId())
                .orElseThrow(() -> new IllegalStateException("Payout " + payoutId + " was claimed without a charge"));
        LOG.warn("Payout {} was left processing; repeating its transfer", payoutId);
        return transfer(payout, chargeId);
    }

    private PayoutAttempt transfer(Payout payout, String chargeId) {
        GatewayResult<Transfer> result;
        try {
            result = gateway.get()
                    .createTransfer(NewTransfer.of(
                            payout.amount(),
                            payout.stripeAccountId(),
                            payout.orderNumber(),
                            chargeId,
                            payout.payoutId()));
        } catch (RuntimeException e) {
            release(payout);
            throw e;
        }
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            Payout settled;
            String note;
            boolean paid = result instanceof GatewayResult.Succeeded<Transfer>;
            if (result instanceof GatewayResult.Succeeded<Transfer> succeeded) {
                settled = payout.paid(succeeded.value().id(), now);
                note = "transferred as " + succeeded.value().id();
            } else {
                settled = payout.failed(now);
                note = "Stripe refused the transfer: " + result;
            }
            if (!payouts.move(settled, PayoutStatus.PROCESSING, now)) {
                Payout current = payouts.lock(payout.payoutId()).orElseThrow();
                return new PayoutAttempt(current, "settled by another attempt");
            }
            if (paid) {
                ledger.post(saleOf(settled).transferred(settled.stripeTransferId(), settled.amount(), now));
            }
            LOG.info("Payout {} {}: {}", payout.payoutId(), settled.status().wire(), note);
            events.payoutMoved(settled, note, now);
            return new PayoutAttempt(settled, note);
        });
    }

    /** Stripe was not reached (or not asked): the payout waits again; the same idempotency key makes the retry safe. */
    private void release(Payout processing) {
        payouts.move(processing.pendingAgain(), PayoutStatus.PROCESSING, clock.instant());
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
