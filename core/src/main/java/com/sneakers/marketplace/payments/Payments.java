package com.sneakers.marketplace.payments;

import com.sneakers.marketplace.identity.UserId;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import java.math.BigDecimal;
import java.util.Optional;

/** Paying for orders: one PaymentIntent per order, confirmation, refunds and cancellations. */
public interface Payments {

    /** The order's PaymentIntent, made once; {@code buyerId} when the buyer asks (others get not found). */
    IntentResult startPayment(OrderId orderId, Optional<UserId> buyerId);

    /** Confirms the buyer's payment with a payment method such as {@code pm_card_visa}. */
    ConfirmResult confirm(String paymentId, long buyerId, String paymentMethod, String idempotencyKey);

    Optional<Payment> find(long id);

    /** The order's one payment, if it has one. */
    Optional<Payment> ofOrder(OrderId orderId);

    Page<Payment> ofBuyer(long buyerId, Paging paging);

    /** Refunds {@code amount}, or everything left when empty, never more than was captured. */
    RefundResult refund(long id, Optional<BigDecimal> amount, String reason, Long requestedBy);

    /** A paid order was cancelled: refunds what is left of its payment, once whatever the redeliveries. */
    RefundResult refundCancelledOrder(OrderId orderId, String reason);

    /** An unpaid order was cancelled: cancels its PaymentIntent, or refunds it if it was paid after all. */
    void cancelUnpaidOrder(OrderId orderId);
}
