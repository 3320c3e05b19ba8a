package com.sneakers.marketplace.platform.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.platform.db.DataSources;
import com.sneakers.marketplace.platform.db.DatabaseConfig;
import com.sneakers.marketplace.platform.db.LazyDataSource;
import com.sneakers.marketplace.testing.DatabaseConnections;
import com.sneakers.marketplace.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.common.BaseDataSource;

/** The SnapStart hooks, called as Lambda calls them around a snapshot, against a real Postgres. */
class SnapStartPrimingIT {
    private final DataSource admin = TestDatabase.empty();
    private final LazyDataSource pool = DataSources.lazyPooled(this::config);

    @Test
    void beforeTheSnapshotTheWarmUpRunsAndNoDatabaseConnectionStaysOpen() throws Exception {
        query(pool);
        AtomicBoolean warmedUp = new AtomicBoolean();
        SnapStartPriming priming = SnapStartPriming.register(() -> {
            query(pool);
            warmedUp.set(true);
        });
        assertThat(DatabaseConnections.open(admin)).isPositive();

        priming.beforeCheckpoint(null);

        assertThat(warmedUp).isTrue();
        assertThat(DatabaseConnections.openAfterClosing(admin)).isZero();
    }

    @Test
    void afterRestoreThePoolReopensOnTheFirstQuery() throws Exception {
        SnapStartPriming priming = SnapStartPriming.register(() -> query(pool));
        priming.beforeCheckpoint(null);

        priming.afterRestore(null);

        assertThat(query(pool)).isEqualTo(1);
    }

    @Test
    void aFailingWarmUpStillClosesTheConnections() throws Exception {
        query(pool);
        SnapStartPriming priming = SnapStartPriming.register(() -> {
            throw new IllegalStateException("Stripe is down");
        });

        priming.beforeCheckpoint(null);

        assertThat(DatabaseConnections.openAfterClosing(admin)).isZero();
    }

    private DatabaseConfig config() {
        BaseDataSource postgres = (BaseDataSource) admin;
        return new DatabaseConfig(postgres.getUrl(), postgres.getUser(), postgres.getPassword(), 2);
    }

    private static int query(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT 1")) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
