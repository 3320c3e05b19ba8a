package com.sneakers.marketplace.local.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Faults in the local runtime's Postgres, from the test's side over JDBC: a pause inside the
 * transactions that update chosen orders (which widens a race window or holds a transaction open to
 * be killed, as the matching tests' pause triggers do), and connections terminated mid-transaction.
 */
final class DatabaseFaults {
    private final DataSource database;

    DatabaseFaults(DataSource database) {
        this.database = database;
        execute("CREATE TABLE IF NOT EXISTS local_paused_orders (id BIGINT PRIMARY KEY, seconds NUMERIC NOT NULL)");
        execute("CREATE OR REPLACE FUNCTION local_pause_order_update() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " DECLARE pause NUMERIC; BEGIN"
                + " SELECT seconds INTO pause FROM local_paused_orders WHERE id = NEW.id;"
                + " IF pause IS NOT NULL THEN PERFORM pg_sleep(pause); END IF; RETURN NEW; END $$");
        execute("DROP TRIGGER IF EXISTS local_pause_order_update ON orders");
        execute("CREATE TRIGGER local_pause_order_update BEFORE UPDATE ON orders FOR EACH ROW"
                + " EXECUTE FUNCTION local_pause_order_update()");
    }

    /** Every update of this order pauses inside its transaction, holding the row's lock, until {@link #resume}. */
    void pauseUpdates(long orderId, Duration pause) {
        execute(
                "INSERT INTO local_paused_orders (id, seconds) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET seconds ="
                        + " EXCLUDED.seconds",
                orderId,
                pause.toMillis() / 1000.0);
    }

    void resume(long orderId) {
        execute("DELETE FROM local_paused_orders WHERE id = ?", orderId);
    }

    /** Terminates the connections paused inside an order update once one is; answers how many. */
    int killPausedTransactions(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            int killed = terminate("wait_event = 'PgSleep'");
            if (killed > 0) {
                return killed;
            }
            LocalControls.pause(Duration.ofMillis(20));
        }
        return 0;
    }

    /** Terminates every connection of the functions that is inside a transaction right now. */
    int killConnectionsMidTransaction() {
        return terminate("xact_start IS NOT NULL");
    }

    private int terminate(String condition) {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet killed = statement.executeQuery("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))"
                        + " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
                        + " AND backend_type = 'client backend' AND " + condition)) {
            killed.next();
            return killed.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
