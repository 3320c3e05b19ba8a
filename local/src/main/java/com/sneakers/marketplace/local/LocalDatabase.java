package com.sneakers.marketplace.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/** The database the local marketplace uses: a given server ({@code DATABASE_URL}) or an embedded Postgres. */
record LocalDatabase(String host, int port, String name, String username, String password, EmbeddedPostgres embedded)
        implements AutoCloseable {

    static LocalDatabase start(Optional<String> databaseUrl, String username, String password) throws IOException {
        if (databaseUrl.isPresent()) {
            URI uri = URI.create(databaseUrl.get().replaceFirst("^jdbc:", ""));
            return new LocalDatabase(
                    uri.getHost(),
                    uri.getPort() < 0 ? 5432 : uri.getPort(),
                    uri.getPath().substring(1),
                    username,
                    password,
                    null);
        }
        EmbeddedPostgres postgres =
                EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
        return new LocalDatabase("127.0.0.1", postgres.getPort(), "postgres", "postgres", "postgres", postgres);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
