package com.sneakers.marketplace.functions.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The custom resource against a real Postgres, driven by CloudFormation's requests from events/. */
class SchemaMigrationHandlerIT {
    private static final Path EVENTS = Path.of("../../events/cloudformation");
    private static final String SCHEMA = "classpath:db/migration";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final List<JsonNode> responses = new CopyOnWriteArrayList<>();
    private final DataSource database = TestDatabase.empty();
    private HttpServer cloudFormation;

    @BeforeEach
    void startResponseEndpoint() throws IOException {
        cloudFormation = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cloudFormation.createContext("/", exchange -> {
            responses.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        cloudFormation.start();
    }

    @AfterEach
    void stopResponseEndpoint() {
        cloudFormation.stop(0);
    }

    @Test
    void stackCreationAppliesEveryMigration() throws Exception {
        JsonNode response = send("create", SCHEMA);

        assertThat(response.get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(response.get("PhysicalResourceId").asText()).isEqualTo("marketplace-schema");
        assertThat(response.at("/Data/MigrationsApplied").asInt()).isPositive();
        assertThat(tableExists("users")).isTrue();
    }

    @Test
    void stackUpdateAppliesOnlyTheNewMigration() throws Exception {
        send("create", SCHEMA);

        JsonNode response = send("update", SCHEMA, "classpath:db/test-migration/update");

        assertThat(response.get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(response.at("/Data/MigrationsApplied").asInt()).isEqualTo(1);
        assertThat(columnExists("users", "nickname")).isTrue();
    }

    @Test
    void repeatingARequestChangesNothing() throws Exception {
        send("create", SCHEMA);

        JsonNode response = send("update", SCHEMA);

        assertThat(response.get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(response.at("/Data/MigrationsApplied").asInt()).isZero();
    }

    @Test
    void stackDeletionLeavesTheSchemaAlone() throws Exception {
        send("create", SCHEMA);

        JsonNode response = send("delete", SCHEMA);

        assertThat(response.get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(tableExists("users")).isTrue();
    }

    @Test
    void aFailingMigrationIsReportedAsFailedWithItsReason() throws Exception {
        send("create", SCHEMA);

        JsonNode response = send("update", SCHEMA, "classpath:db/test-migration/failing");

        assertThat(response.get("Status").asText()).isEqualTo("FAILED");
        assertThat(response.get("PhysicalResourceId").asText()).isEqualTo("marketplace-schema");
        assertThat(response.get("Reason").asText()).contains("V9001").contains("no_such_table");
    }

    private JsonNode send(String requestType, String... locations) throws IOException {
        CloudFormationCustomResourceEvent event = JSON.readValue(
                Files.readString(EVENTS.resolve("schema-migration-" + requestType + ".json")),
                CloudFormationCustomResourceEvent.class);
        event.setResponseUrl("http://127.0.0.1:" + cloudFormation.getAddress().getPort() + "/response");
        int before = responses.size();

        new SchemaMigrationHandler(() -> database, List.of(locations)).handleRequest(event, context());

        assertThat(responses).hasSize(before + 1);
        return responses.get(before);
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = database.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, "public", table, null)) {
            return tables.next();
        }
    }

    private boolean columnExists(String table, String column) throws SQLException {
        try (Connection connection = database.getConnection();
                ResultSet columns = connection.getMetaData().getColumns(null, "public", table, column)) {
            return columns.next();
        }
    }

    private static Context context() {
        return (Context) Proxy.newProxyInstance(
                Context.class.getClassLoader(),
                new Class<?>[] {Context.class},
                (proxy, method, args) -> method.getReturnType() == String.class ? "test-" + method.getName() : null);
    }
}
