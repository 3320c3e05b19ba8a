package com.sneakers.marketplace.platform.db;

import com.sneakers.marketplace.platform.failure.TransientFailure;
import java.sql.SQLException;
import java.util.Set;

/** The database could not do the work just now (connection lost or refused, a deadlock, a server restart). */
public final class DatabaseUnavailable extends IllegalStateException implements TransientFailure {
    /** SQLSTATEs of failures that pass: admin shutdown, crash, cannot connect now, too many connections, deadlock, serialization. */
    private static final Set<String> PASSING = Set.of("57P01", "57P02", "57P03", "53300", "40001", "40P01");

    DatabaseUnavailable(String message, SQLException cause) {
        super(message, cause);
    }

    /** Whether {@code cause} is a failure that retrying may get past: a connection exception (08) or one of {@link #PASSING}. */
    static boolean isPassing(SQLException cause) {
        String state = cause.getSQLState();
        return state != null && (state.startsWith("08") || PASSING.contains(state));
    }
}
