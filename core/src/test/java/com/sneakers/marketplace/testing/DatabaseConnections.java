package com.sneakers.marketplace.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** How many connections a test's database has open, asked through a connection of its own. */
public final class DatabaseConnections {
    private DatabaseConnections() {}

    /** Connections to the database other than the one asking. */
    public static int open(DataSource admin) throws SQLException {
        try (Connection connection = admin.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            result.next();
            return result.getInt(1);
        }
    }

    /** The same, once closed connections had up to five seconds to go: the server drops them a moment after. */
    public static int openAfterClosing(DataSource admin) throws SQLException, InterruptedException {
        for (int attempt = 0; attempt < 50 && open(admin) > 0; attempt++) {
            Thread.sleep(100);
        }
        return open(admin);
    }
}
