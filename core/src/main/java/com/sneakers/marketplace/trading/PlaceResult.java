package com.sneakers.marketplace.trading;

import java.util.List;

/** The outcome of placing a bid or an ask. */
public sealed interface PlaceResult permits PlaceResult.Placed, Invalid {

    /** The order as it stands after matching, and the matches it made in execution order. */
    record Placed(Order order, List<Match> matches) implements PlaceResult {

        public Placed {
            matches = List.copyOf(matches);
        }
    }
}
