package com.sneakers.marketplace.platform.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source made on the first connection, so a function that never touches the database never
 * reads its credentials or opens a pool (and a cold start does not wait for either). {@link #release}
 * closes the pool; the next connection makes a new one, which is how a SnapStart snapshot is taken
 * without an open connection (see {@code platform.lifecycle.SnapStartPriming}).
 */
public final class LazyDataSource implements DataSource {
    private static final Set<LazyDataSource> ALL =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private final Supplier<? extends DataSource> factory;
    private DataSource delegate;

    /** @param factory makes a new pool on each call (closed by {@link #release} when it is closeable) */
    public LazyDataSource(Supplier<? extends DataSource> factory) {
        this.factory = factory;
        ALL.add(this);
    }

    /** Closes the pools of every lazy data source of this JVM; each reopens on its next connection. */
    public static void releaseAll() {
        LazyDataSource[] sources;
        synchronized (ALL) {
            sources = ALL.toArray(LazyDataSource[]::new);
        }
        for (LazyDataSource source : sources) {
            source.release();
        }
    }

    /** Closes the pool made so far, if any; the next connection makes a new one. */
    public synchronized void release() {
        if (delegate instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not close the connection pool", e);
            }
        }
        delegate = null;
    }

    private synchronized DataSource delegate() {
        if (delegate == null) {
            delegate = factory.get();
        }
        return delegate;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return delegate().isWrapperFor(type);
    }
}
