package com.sneakers.marketplace.trading;

import java.util.List;
import java.util.UUID;

/** The outcome of placing a bid or an ask. */
public sealed interface PlaceResult permits PlaceResult.Placed, Invalid {

    /**
     * The order as it stands after matching, the matches it made in execution order, and the ids of
     * their {@code match.created} outbox events, to publish once the transaction has committed.
     */
    record Placed(Order order, List<Match> matches, List<UUID> eventIds) implements PlaceResult {

        public Placed {
            matches = List.copyOf(matches);
            eventIds = List.copyOf(eventIds);
        }
    }
}
