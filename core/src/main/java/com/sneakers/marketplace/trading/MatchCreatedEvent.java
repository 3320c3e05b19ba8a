package com.sneakers.marketplace.trading;

import com.sneakers.marketplace.platform.events.EventDetail;
import java.time.Instant;
import java.util.UUID;

/**
 * The detail of {@code match.created}, one per match. The price is a decimal string such as {@code
 * "215.00"} so no consumer rounds it.
 */
public record MatchCreatedEvent(
        UUID eventId,
        Instant occurredAt,
        long matchId,
        long bidId,
        long askId,
        long buyerId,
        long sellerId,
        long productId,
        long sizeId,
        String price,
        String currency,
        int quantity)
        implements EventDetail {
    public static final String SOURCE = "marketplace.trading";
    public static final String TYPE = "match.created";
}
