package com.sneakers.marketplace.trading.adapter;

import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import com.sneakers.marketplace.trading.Match;
import com.sneakers.marketplace.trading.MatchCreatedEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/** The {@code match.created} event of each match, appended to the outbox in the match's transaction. */
final class MatchEvents {
    private final Outbox outbox;

    MatchEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void append(Connection transaction, Match match) throws SQLException {
        MatchCreatedEvent event = new MatchCreatedEvent(
                UUID.randomUUID(),
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
        outbox.append(transaction, OutboxEvent.of(MatchCreatedEvent.SOURCE, MatchCreatedEvent.TYPE, event));
    }
}
