package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.payments.PaymentEvent;
import com.sneakers.marketplace.platform.events.EventDetail;
import java.time.Instant;
import java.util.UUID;

/** The detail of {@code seller.payouts_enabled}: the seller's Stripe account can now be paid into. */
public record SellerPayoutsEnabledEvent(UUID eventId, Instant occurredAt, long sellerId, String stripeAccountId)
        implements EventDetail {
    public static final String SOURCE = PaymentEvent.SOURCE;
    public static final String TYPE = "seller.payouts_enabled";
}
