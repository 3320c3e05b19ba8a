package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.platform.money.Money;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Payouts in memory, for fast tests of the rules. It keeps the JDBC records' promises (checked by
 * {@link PayoutRecordsContract}): one payout per order, moves guarded by the status they start from,
 * the same orderings, and the charges a test recorded with {@link #charged}.
 */
public final class InMemoryPayoutRecords implements PayoutRecords {
    /** Insertion order stands for the table's serial id, the tie-breaker of every ordering. */
    private final Map<String, Payout> payouts = new LinkedHashMap<>();

    private final Map<Long, String> charges = new HashMap<>();
    private final Map<Long, BigDecimal> refunded = new HashMap<>();
    private final Map<Long, Boolean> refundPending = new HashMap<>();
    private final Map<String, BigDecimal> reversed = new HashMap<>();

    /** What the payments side records when the buyer's payment of the order succeeds. */
    public synchronized void charged(long orderId, String chargeId) {
        charges.put(orderId, chargeId);
    }

    /** What the payments side records when a refund of the order succeeds. */
    public synchronized void refunded(long orderId, BigDecimal amount) {
        refunded.merge(orderId, amount, BigDecimal::add);
    }

    public synchronized void refundPending(long orderId, boolean pending) {
        refundPending.put(orderId, pending);
    }

    @Override
    public synchronized Optional<Payout> lockByOrder(long orderId) {
        return first(payout -> payout.orderId() == orderId);
    }

    @Override
    public synchronized Funding fundingOf(long orderId) {
        return new Funding(
                Optional.ofNullable(charges.get(orderId)),
                refunded.getOrDefault(orderId, BigDecimal.ZERO.setScale(2)),
                refundPending.getOrDefault(orderId, false),
                false);
    }

    @Override
    public synchronized BigDecimal reversedOf(String payoutId) {
        return reversed.getOrDefault(payoutId, BigDecimal.ZERO.setScale(2));
    }

    @Override
    public synchronized void addReversal(String payoutId, Money amount, Instant at) {
        reversed.merge(payoutId, amount.amount(), BigDecimal::add);
    }

    @Override
    public synchronized Payout insertIfAbsent(Order order, String newPayoutId, Instant at) {
        return first(payout -> payout.orderId() == order.id()).orElseGet(() -> {
            Payout payout = new Payout(
                    newPayoutId,
                    order.id(),
                    order.orderNumber(),
                    order.sellerId(),
                    order.sellerPayout(),
                    PayoutStatus.PENDING,
                    null,
                    null,
                    null,
                    at,
                    at);
            payouts.put(newPayoutId, payout);
            return payout;
        });
    }

    @Override
    public synchronized Optional<Payout> find(String payoutId) {
        return Optional.ofNullable(payouts.get(payoutId));
    }

    @Override
    public Optional<Payout> lock(String payoutId) {
        return find(payoutId);
    }

    @Override
    public synchronized Optional<Payout> lockByTransfer(String transferId) {
        return first(payout -> transferId.equals(payout.stripeTransferId()));
    }

    @Override
    public synchronized Optional<Payout> findByOrderNumber(String orderNumber) {
        return first(payout -> orderNumber.equals(payout.orderNumber()));
    }

    @Override
    public synchronized boolean move(Payout to, PayoutStatus from, Instant at) {
        if (!from.canMoveTo(to.status())) {
            throw new IllegalArgumentException("A payout cannot move from " + from.wire() + " to "
                    + to.status().wire());
        }
        Payout stored = payouts.get(to.payoutId());
        if (stored == null || stored.status() != from) {
            return false;
        }
        payouts.put(
                stored.payoutId(),
                new Payout(
                        stored.payoutId(),
                        stored.orderId(),
                        stored.orderNumber(),
                        stored.sellerId(),
                        stored.amount(),
                        to.status(),
                        to.stripeAccountId(),
                        to.stripeTransferId(),
                        to.processedAt(),
                        stored.createdAt(),
                        at));
        return true;
    }

    @Override
    public synchronized void touch(String payoutId, Instant at) {
        Payout stored = payouts.get(payoutId);
        if (stored != null) {
            payouts.put(
                    payoutId,
                    new Payout(
                            stored.payoutId(),
                            stored.orderId(),
                            stored.orderNumber(),
                            stored.sellerId(),
                            stored.amount(),
                            stored.status(),
                            stored.stripeAccountId(),
                            stored.stripeTransferId(),
                            stored.processedAt(),
                            stored.createdAt(),
                            at));
        }
    }

    @Override
    public synchronized List<String> unchangedSince(PayoutStatus status, Instant before, int limit) {
        return payouts.values().stream()
                .filter(payout ->
                        payout.status() == status && payout.updatedAt().isBefore(before))
                .sorted(Comparator.comparing(Payout::updatedAt))
                .limit(limit)
                .map(Payout::payoutId)
                .toList();
    }

    @Override
    public synchronized List<String> pendingOfSeller(long sellerId) {
        return payouts.values().stream()
                .filter(payout -> payout.sellerId() == sellerId && payout.status() == PayoutStatus.PENDING)
                .map(Payout::payoutId)
                .toList();
    }

    @Override
    public synchronized Page<Payout> listOfSeller(long sellerId, PayoutStatus status, Paging paging) {
        List<Payout> latestInsertedFirst = new ArrayList<>(payouts.values().stream()
                .filter(payout -> payout.sellerId() == sellerId)
                .filter(payout -> status == null || payout.status() == status)
                .toList());
        Collections.reverse(latestInsertedFirst);
        List<Payout> newestFirst = latestInsertedFirst.stream()
                .sorted(Comparator.comparing(Payout::createdAt).reversed())
                .toList();
        List<Payout> page = newestFirst.stream()
                .skip(paging.offset())
                .limit(paging.pageSize())
                .toList();
        return new Page<>(page, paging.page(), paging.pageSize(), newestFirst.size());
    }

    @Override
    public synchronized Optional<String> chargeOf(long orderId) {
        return Optional.ofNullable(charges.get(orderId));
    }

    private Optional<Payout> first(Predicate<Payout> matching) {
        return payouts.values().stream().filter(matching).findFirst();
    }
}
