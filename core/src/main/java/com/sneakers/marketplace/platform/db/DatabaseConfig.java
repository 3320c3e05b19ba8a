package com.sneakers.marketplace.platform.db;

import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.secrets.SecretStore;
import java.util.Map;

/**
 * Where the database is and who to log in as. The URL points at the RDS Proxy endpoint; the
 * credentials come from a Secrets Manager secret in the RDS format ({@code username},
 * {@code password}).
 */
public record DatabaseConfig(String jdbcUrl, String username, String password, int maxPoolSize) {

    static final String URL = "DATABASE_URL";
    static final String SECRET = "DATABASE_SECRET_ARN";
    static final String POOL_SIZE = "DATABASE_POOL_SIZE";

    /** A Lambda container serves one request at a time: a pool of one or two connections is enough. */
    private static final int DEFAULT_POOL_SIZE = 2;

    public DatabaseConfig {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
    }

    public static DatabaseConfig from(Settings settings, SecretStore secrets) {
        String url = settings.required(URL);
        int poolSize = settings.intOrDefault(POOL_SIZE, DEFAULT_POOL_SIZE);
        Map<String, String> credentials = secrets.getJson(settings.required(SECRET));
        return new DatabaseConfig(url, credentials.get("username"), credentials.get("password"), poolSize);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + jdbcUrl + ", user=" + username + ", pool=" + maxPoolSize + "]";
    }
}
