package com.sneakers.marketplace.platform.db;

import com.sneakers.marketplace.platform.transaction.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Short units of JDBC work on a pooled connection: plain reads, or statements that commit together.
 * The transaction is the current thread's: work started while one is open on the same data source
 * joins it (whichever context it belongs to), and only the outermost unit commits. Work registered
 * with {@link #afterCommit} runs once that commit has succeeded.
 */
public final class Transactions implements UnitOfWork {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    private static final ThreadLocal<Map<DataSource, Open>> OPEN = ThreadLocal.withInitial(IdentityHashMap::new);

    private final DataSource dataSource;

    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Reads; inside an open transaction they see its writes, outside one they run on their own connection. */
    public <T> T read(String action, Work<T> work) {
        Open open = OPEN.get().get(dataSource);
        try {
            if (open != null) {
                return work.run(open.connection);
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw failed(action, e);
        }
    }

    /** Several statements that commit together or not at all; a SQL failure becomes an unchecked one. */
    public <T> T inTransaction(String action, Work<T> work) {
        try {
            return inTransaction(work);
        } catch (SQLException e) {
            throw failed(action, e);
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return inTransaction("run a unit of work", connection -> work.get());
    }

    /** The same, for callers that tell SQL failures apart (a unique violation is a business answer). */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        Open joined = OPEN.get().get(dataSource);
        if (joined != null) {
            return work.run(joined.connection);
        }
        Open open;
        T result;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            open = new Open(connection);
            OPEN.get().put(dataSource, open);
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                OPEN.get().remove(dataSource);
            }
        }
        open.committed();
        return result;
    }

    /**
     * Hands {@code item} to {@code action} once the transaction that {@code connection} belongs to has
     * committed; never if it rolls back. Items registered under the same {@code key} in one transaction
     * reach the action together, in one call. Outside a transaction of this class the action runs at once.
     */
    public static <T> void afterCommit(Connection connection, Object key, T item, Consumer<List<T>> action) {
        for (Open open : OPEN.get().values()) {
            if (open.connection == connection) {
                open.gather(key, item, action);
                return;
            }
        }
        action.accept(List.of(item));
    }

    /** The failure to raise for {@code cause}: a {@link DatabaseUnavailable} when retrying may get past it. */
    public static IllegalStateException failed(String action, SQLException cause) {
        String message = "Could not " + action + ": " + cause.getMessage();
        return DatabaseUnavailable.isPassing(cause)
                ? new DatabaseUnavailable(message, cause)
                : new IllegalStateException(message, cause);
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final class Open {
        private final Connection connection;
        private final Map<Object, List<Object>> gathered = new HashMap<>();
        private final List<Runnable> afterCommit = new ArrayList<>();

        Open(Connection connection) {
            this.connection = connection;
        }

        @SuppressWarnings("unchecked")
        <T> void gather(Object key, T item, Consumer<List<T>> action) {
            List<Object> items = gathered.get(key);
            if (items == null) {
                List<Object> fresh = new ArrayList<>();
                gathered.put(key, fresh);
                afterCommit.add(() -> action.accept((List<T>) List.copyOf(fresh)));
                items = fresh;
            }
            items.add(item);
        }

        void committed() {
            for (Runnable action : afterCommit) {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    LOG.warn("Work after commit failed: {}", e.toString());
                }
            }
        }
    }
}
