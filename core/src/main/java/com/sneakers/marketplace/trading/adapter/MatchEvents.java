package com.sneakers.marketplace.trading.adapter;

import com.sneakers.marketplace.platform.json.Json;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import com.sneakers.marketplace.trading.Match;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** The {@code match.created} event of each match, appended to the outbox in the match's transaction. */
final class MatchEvents {
    static final String SOURCE = "marketplace.trading";
    static final String DETAIL_TYPE = "match.created";

    private final Outbox outbox;

    MatchEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void append(Connection transaction, Match match) throws SQLException {
        UUID eventId = UUID.randomUUID();
        Detail detail = new Detail(
                eventId,
                match.createdAt(),
                match.id(),
                match.bidId(),
                match.askId(),
                match.buyerId(),
                match.sellerId(),
                match.productId(),
                match.sizeId(),
                match.price().toPlainString(),
                match.currency(),
                match.quantity());
        outbox.append(
                transaction, new OutboxEvent(eventId, SOURCE, DETAIL_TYPE, Json.write(detail), match.createdAt()));
    }

    /** The event's detail; the price is a decimal string such as {@code "215.00"} so no consumer rounds it. */
    record Detail(
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
            int quantity) {}
}
