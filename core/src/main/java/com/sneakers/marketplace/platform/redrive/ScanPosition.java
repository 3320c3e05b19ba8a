package com.sneakers.marketplace.platform.redrive;

import java.time.Instant;

/** A place in rows ordered by a time, then by id: a scan goes on after the last row it saw. */
public record ScanPosition(Instant at, long id) {

    /** Before every row at {@code at} or later. */
    public static ScanPosition before(Instant at) {
        return new ScanPosition(at, 0);
    }
}
