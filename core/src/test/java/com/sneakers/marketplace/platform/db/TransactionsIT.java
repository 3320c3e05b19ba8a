package com.sneakers.marketplace.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sneakers.marketplace.platform.failure.TransientFailure;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestRows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class TransactionsIT {
    private final DataSource database = TestDatabase.migrated();
    private final Transactions transactions = new Transactions(database);

    @Test
    void aConnectionKilledMidTransactionIsAPassingFailureAndChangesNothing() {
        Throwable failure = catchThrowable(() -> transactions.inTransaction("record an event", connection -> {
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO stripe_events (event_id, type) VALUES ('evt_x', 'x')")) {
                insert.executeUpdate();
            }
            long pid;
            try (PreparedStatement self = connection.prepareStatement("SELECT pg_backend_pid()");
                    ResultSet row = self.executeQuery()) {
                row.next();
                pid = row.getLong(1);
            }
            new TestRows(database).text("SELECT pg_terminate_backend(?::int)::text", pid);
            try (PreparedStatement after = connection.prepareStatement("SELECT 1")) {
                after.executeQuery();
            }
            return null;
        }));

        assertThat(failure).isInstanceOf(DatabaseUnavailable.class).isInstanceOf(TransientFailure.class);
        assertThat(new TestRows(database).number("SELECT count(*) FROM stripe_events"))
                .isZero();
    }

    @Test
    void aBrokenStatementIsABugNotAPassingFailure() {
        Throwable failure = catchThrowable(() -> transactions.read("select nothing", connection -> {
            try (PreparedStatement broken = connection.prepareStatement("SELECT no_such_column FROM orders")) {
                broken.executeQuery();
            }
            return null;
        }));

        assertThat(failure).isInstanceOf(IllegalStateException.class).isNotInstanceOf(TransientFailure.class);
    }
}
