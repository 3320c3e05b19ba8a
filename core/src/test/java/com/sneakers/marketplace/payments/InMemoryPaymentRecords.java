package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.platform.money.Money;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Payments and refunds in memory, keeping the promises {@link PaymentRecordsContract} checks. */
public final class InMemoryPaymentRecords implements PaymentRecords {
    private static final Set<String> ACTIVE_REFUND = Set.of("pending", "succeeded", "requires_action");

    private final Map<Long, Payment> payments = new LinkedHashMap<>();
    private final Map<String, PaymentRefund> refunds = new LinkedHashMap<>();
    private final Map<Long, String> flags = new LinkedHashMap<>();
    private final Map<String, CardDispute> disputes = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Payment> insert(
            long orderId, long buyerId, String paymentIntentId, Money amount, Instant at) {
        if (byOrder(orderId).isPresent()) {
            return Optional.empty();
        }
        long id = payments.size() + 1L;
        Payment payment = new Payment(
                id,
                "pay_" + id,
                orderId,
                buyerId,
                paymentIntentId,
                null,
                amount,
                PaymentStatus.PENDING,
                null,
                null,
                Money.of("0.00", amount.currency()),
                null,
                null,
                at,
                at);
        payments.put(id, payment);
        return Optional.of(payment);
    }

    @Override
    public synchronized Optional<Payment> byId(long id) {
        return Optional.ofNullable(payments.get(id));
    }

    @Override
    public Optional<Payment> lockById(long id) {
        return byId(id);
    }

    @Override
    public Optional<Payment> byOrder(long orderId) {
        return first(payment -> payment.orderId() == orderId);
    }

    @Override
    public Optional<Payment> byPaymentId(String paymentId) {
        return first(payment -> payment.paymentId().equals(paymentId));
    }

    @Override
    public Optional<Payment> byIntent(String paymentIntentId) {
        return first(payment -> paymentIntentId.equals(payment.stripePaymentIntentId()));
    }

    @Override
    public synchronized Page<Payment> ofBuyer(long buyerId, Paging paging) {
        List<Payment> mine = payments.values().stream()
                .filter(payment -> payment.userId() == buyerId)
                .sorted(Comparator.comparing(Payment::createdAt)
                        .thenComparing(Payment::id)
                        .reversed())
                .toList();
        return new Page<>(
                mine.stream().skip(paging.offset()).limit(paging.pageSize()).toList(),
                paging.page(),
                paging.pageSize(),
                mine.size());
    }

    @Override
    public synchronized List<Payment> unsettled(Instant unchangedSince, Instant madeAfter, int limit) {
        return payments.values().stream()
                .filter(payment ->
                        payment.status() == PaymentStatus.PENDING || payment.status() == PaymentStatus.PROCESSING)
                .filter(payment -> payment.stripePaymentIntentId() != null)
                .filter(payment -> !payment.updatedAt().isAfter(unchangedSince))
                .filter(payment -> payment.createdAt().isAfter(madeAfter))
                .sorted(Comparator.comparing(Payment::updatedAt).thenComparing(Payment::id))
                .limit(limit)
                .toList();
    }

    @Override
    public void touch(long id, Instant at) {
        change(
                id,
                p -> copy(
                        p,
                        p.status(),
                        p.stripeChargeId(),
                        p.cardBrand(),
                        p.cardLast4(),
                        p.refundedAmount(),
                        p.processedAt(),
                        p.refundedAt(),
                        at));
    }

    @Override
    public void moveTo(long id, PaymentStatus status, Instant at) {
        change(
                id,
                p -> copy(
                        p,
                        status,
                        p.stripeChargeId(),
                        p.cardBrand(),
                        p.cardLast4(),
                        p.refundedAmount(),
                        p.processedAt(),
                        p.refundedAt(),
                        at));
    }

    @Override
    public void succeeded(long id, Optional<String> chargeId, Optional<Card> card, Instant at) {
        change(
                id,
                p -> copy(
                        p,
                        PaymentStatus.SUCCEEDED,
                        chargeId.orElse(p.stripeChargeId()),
                        card.map(Card::brand).orElse(p.cardBrand()),
                        card.map(Card::last4).orElse(p.cardLast4()),
                        p.refundedAmount(),
                        at,
                        p.refundedAt(),
                        at));
    }

    @Override
    public void refunded(long id, PaymentStatus status, Money refundedAmount, String reason, Instant at) {
        change(
                id,
                p -> copy(
                        p,
                        status,
                        p.stripeChargeId(),
                        p.cardBrand(),
                        p.cardLast4(),
                        refundedAmount,
                        p.processedAt(),
                        at,
                        at));
    }

    @Override
    public synchronized PaymentRefund insertRefund(
            Payment payment,
            String stripeRefundId,
            Money amount,
            String reason,
            String status,
            Long requestedBy,
            Instant at) {
        return refunds.computeIfAbsent(
                stripeRefundId,
                id -> new PaymentRefund(
                        refunds.size() + 1L,
                        "ref_" + (refunds.size() + 1),
                        payment.id(),
                        stripeRefundId,
                        amount,
                        reason,
                        status,
                        requestedBy,
                        at));
    }

    @Override
    public synchronized boolean updateRefund(String stripeRefundId, String status, Instant at) {
        PaymentRefund refund = refunds.get(stripeRefundId);
        if (refund == null) {
            return false;
        }
        refunds.put(
                stripeRefundId,
                new PaymentRefund(
                        refund.id(),
                        refund.refundId(),
                        refund.paymentId(),
                        refund.stripeRefundId(),
                        refund.amount(),
                        refund.reason(),
                        status,
                        refund.requestedBy(),
                        refund.createdAt()));
        return true;
    }

    @Override
    public BigDecimal activeRefunds(long paymentId) {
        return sum(paymentId, refund -> ACTIVE_REFUND.contains(refund.status()));
    }

    @Override
    public BigDecimal succeededRefunds(long paymentId) {
        return sum(paymentId, refund -> refund.status().equals("succeeded"));
    }

    @Override
    public synchronized Optional<CardDispute> dispute(String stripeDisputeId) {
        return Optional.ofNullable(disputes.get(stripeDisputeId));
    }

    @Override
    public synchronized void recordDispute(Payment payment, CardDispute dispute, Instant at) {
        CardDispute known = disputes.get(dispute.stripeDisputeId());
        disputes.put(
                dispute.stripeDisputeId(),
                known == null
                        ? dispute
                        : new CardDispute(known.stripeDisputeId(), known.amount(), known.reason(), dispute.status()));
    }

    @Override
    public synchronized List<PaymentRefund> refundsOf(long paymentId) {
        return refunds.values().stream()
                .filter(refund -> refund.paymentId() == paymentId)
                .toList();
    }

    /** The reasons payments were flagged for a person, by payment id. */
    public synchronized Map<Long, String> flagged() {
        return Map.copyOf(flags);
    }

    @Override
    public synchronized void flag(long id, String reason, Instant at) {
        flags.put(id, reason);
    }

    @Override
    public synchronized long refundCount(long paymentId) {
        return refunds.values().stream()
                .filter(refund -> refund.paymentId() == paymentId)
                .count();
    }

    @Override
    public synchronized Set<Long> ordersOwedRefund(Collection<Long> orderIds) {
        return payments.values().stream()
                .filter(payment -> orderIds.contains(payment.orderId()))
                .filter(payment -> payment.status().isRefundable())
                .filter(payment -> payment.amount().amount().compareTo(activeRefunds(payment.id())) > 0)
                .map(Payment::orderId)
                .collect(Collectors.toSet());
    }

    private synchronized BigDecimal sum(long paymentId, Predicate<PaymentRefund> counts) {
        return refunds.values().stream()
                .filter(refund -> refund.paymentId() == paymentId)
                .filter(counts)
                .map(refund -> refund.amount().amount())
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    private synchronized Optional<Payment> first(Predicate<Payment> matching) {
        return payments.values().stream().filter(matching).findFirst();
    }

    private synchronized void change(long id, UnaryOperator<Payment> change) {
        payments.computeIfPresent(id, (key, payment) -> change.apply(payment));
    }

    private static Payment copy(
            Payment p,
            PaymentStatus status,
            String chargeId,
            String cardBrand,
            String cardLast4,
            Money refundedAmount,
            Instant processedAt,
            Instant refundedAt,
            Instant updatedAt) {
        return new Payment(
                p.id(),
                p.paymentId(),
                p.orderId(),
                p.userId(),
                p.stripePaymentIntentId(),
                chargeId,
                p.amount(),
                status,
                cardBrand,
                cardLast4,
                refundedAmount,
                processedAt,
                refundedAt,
                p.createdAt(),
                updatedAt);
    }
}
