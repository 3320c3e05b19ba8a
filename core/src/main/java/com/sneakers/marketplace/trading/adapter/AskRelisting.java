package com.sneakers.marketplace.trading.adapter;

import com.sneakers.marketplace.platform.outbox.Outbox;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Puts a match's quantity back on its ask when the order made from the match falls through, inside
 * the transaction of whoever cancels that order, so the ask is relisted exactly when the order is
 * cancelled. The relisted ask matches at once against any bid it crosses.
 */
public final class AskRelisting {
    private final MatchingEngine engine;

    AskRelisting(Outbox outbox) {
        this.engine = new MatchingEngine(new OrderReader(), new MatchEvents(outbox));
    }

    /** Returns the ids of the match events of any new matches, for publishing after commit. */
    public List<UUID> relist(Connection transaction, long matchId, Instant now) throws SQLException {
        return engine.relistAsk(transaction, matchId, now);
    }
}
