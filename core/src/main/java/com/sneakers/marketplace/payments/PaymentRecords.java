package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.platform.money.Money;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where payments and their refunds are kept. Every call joins the current transaction if there is one;
 * the {@code lock…} reads hold the payment's row until it ends, so decisions about one payment take turns.
 */
public interface PaymentRecords {

    /** The order's payment, made {@code pending}; empty (and nothing written) when the order has one. */
    Optional<Payment> insert(long orderId, long buyerId, String paymentIntentId, Money amount, Instant at);

    Optional<Payment> byId(long id);

    Optional<Payment> lockById(long id);

    Optional<Payment> byOrder(long orderId);

    Optional<Payment> byPaymentId(String paymentId);

    Optional<Payment> byIntent(String paymentIntentId);

    Page<Payment> ofBuyer(long buyerId, Paging paging);

    /** Pending payments unchanged since {@code unchangedSince} and made after {@code madeAfter}, oldest change first. */
    List<Payment> unsettled(Instant unchangedSince, Instant madeAfter, int limit);

    /** Marks the payment as checked against Stripe now, so reconciliation comes back to it later. */
    void touch(long id, Instant at);

    void moveTo(long id, PaymentStatus status, Instant at);

    void succeeded(long id, Optional<String> chargeId, Optional<Card> card, Instant at);

    /** Marks the payment for a person to look at, with why. */
    void flag(long id, String reason, Instant at);

    void refunded(long id, PaymentStatus status, Money refundedAmount, String reason, Instant at);

    /** Records a Stripe refund; one already recorded (the same idempotent call again) is returned as it is. */
    PaymentRefund insertRefund(
            Payment payment,
            String stripeRefundId,
            Money amount,
            String reason,
            String status,
            Long requestedBy,
            Instant at);

    /** Sets a known refund's status; false when no refund has this Stripe id. */
    boolean updateRefund(String stripeRefundId, String status, Instant at);

    /** What the payment's refunds that count against its amount (asked for and not failed) add up to. */
    BigDecimal activeRefunds(long paymentId);

    BigDecimal succeededRefunds(long paymentId);

    /** The card dispute as last recorded, if Stripe ever reported it. */
    Optional<CardDispute> dispute(String stripeDisputeId);

    /** Records the dispute as Stripe reports it now (inserted the first time, its status updated after). */
    void recordDispute(Payment payment, CardDispute dispute, Instant at);

    /** The payment's refunds, oldest first. */
    List<PaymentRefund> refundsOf(long paymentId);

    long refundCount(long paymentId);

    /**
     * Which of {@code orderIds} have a payment that took money not all of which has been asked back
     * (succeeded or partly refunded, its counting refunds short of its amount).
     */
    Set<Long> ordersOwedRefund(Collection<Long> orderIds);
}
