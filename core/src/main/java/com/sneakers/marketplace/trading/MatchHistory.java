package com.sneakers.marketplace.trading;

import com.sneakers.marketplace.platform.redrive.ScanPosition;
import java.time.Instant;
import java.util.List;

/** Trading's port for re-driving what its matches' events should have caused: the matches made in a window. */
public interface MatchHistory {

    /** Up to {@code limit} matches made after {@code after} and before {@code until}, in (time, id) order. */
    List<Match> matchedAfter(ScanPosition after, Instant until, int limit);
}
