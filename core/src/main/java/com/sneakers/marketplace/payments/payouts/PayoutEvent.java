package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.payments.PaymentEvent;
import com.sneakers.marketplace.platform.events.EventDetail;
import java.time.Instant;
import java.util.UUID;

/**
 * The detail of the {@code payout.<status>} events ({@code payout.paid}, {@code payout.failed}, {@code
 * payout.reversed}), with the reason of the move. The amount is a decimal string.
 */
public record PayoutEvent(
        UUID eventId,
        Instant occurredAt,
        String payoutId,
        long orderId,
        String orderNumber,
        long sellerId,
        String amount,
        String currency,
        String status,
        String stripeAccountId,
        String stripeTransferId,
        String reason)
        implements EventDetail {
    public static final String SOURCE = PaymentEvent.SOURCE;

    /** The type of the event of a payout entering {@code status}, such as {@code payout.paid}. */
    public static String typeOf(PayoutStatus status) {
        return "payout." + status.wire();
    }
}
