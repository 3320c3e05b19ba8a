package com.sneakers.marketplace.trading;

import java.util.List;

/** The outcome of placing a bid or an ask. */
public sealed interface PlaceResult permits PlaceResult.Placed, Invalid {

    /** The offer as it stands after matching, and the matches it made in execution order. */
    record Placed(Offer offer, List<Match> matches) implements PlaceResult {

        public Placed {
            matches = List.copyOf(matches);
        }
    }
}
