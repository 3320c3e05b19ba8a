package com.sneakers.marketplace.trading;

import java.time.Instant;

/**
 * Trading's port for the orders context: when the order made from a match falls through, the match's
 * quantity goes back on its ask, in the current transaction, so the ask is relisted exactly when the
 * order is cancelled. The relisted ask matches at once against any bid it crosses.
 */
public interface AskRelisting {

    void relist(MatchId matchId, Instant at);
}
