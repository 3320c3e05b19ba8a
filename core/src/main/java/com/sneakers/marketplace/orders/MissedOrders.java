package com.sneakers.marketplace.orders;

import com.sneakers.marketplace.platform.redrive.Redrive;
import com.sneakers.marketplace.platform.redrive.RedriveWindow;
import com.sneakers.marketplace.platform.redrive.ScanPosition;
import com.sneakers.marketplace.trading.Match;
import com.sneakers.marketplace.trading.MatchHistory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The sweeper's re-drive of {@code match.created}: a match older than the grace period that still has no
 * order (its event was lost or dead-lettered) gets its order exactly as the create-order function makes
 * it. Creation is idempotent per match (unique {@code match_id}), so a late event changes nothing.
 */
public final class MissedOrders {
    private final Orders orders;
    private final OrderStore store;
    private final RedriveWindow window;
    private final Clock clock;
    private final Redrive<Match> redrive;

    public MissedOrders(Orders orders, OrderStore store, MatchHistory matches, RedriveWindow window, Clock clock) {
        this.orders = orders;
        this.store = store;
        this.window = window;
        this.clock = clock;
        this.redrive = new Redrive<>(
                "orders of matches",
                matches::matchedAfter,
                match -> new ScanPosition(match.createdAt(), match.id()),
                this::withoutOrder,
                this::createOrder);
    }

    /** Makes the orders of up to {@code batch} matches of the window that have none. */
    public Redrive.Result createMissing(int batch) {
        Instant now = clock.instant();
        return redrive.run(window.from(now), window.until(now), batch);
    }

    private List<Match> withoutOrder(List<Match> matches) {
        Set<Long> ordered =
                store.matchesWithOrders(matches.stream().map(Match::id).toList());
        return matches.stream().filter(match -> !ordered.contains(match.id())).toList();
    }

    private boolean createOrder(Match match) {
        return orders.createFromMatch(new MatchCreated(
                        match.id(),
                        match.buyerId(),
                        match.sellerId(),
                        match.productId(),
                        match.sizeId(),
                        match.price(),
                        match.currency(),
                        match.quantity(),
                        match.createdAt()))
                .created();
    }
}
