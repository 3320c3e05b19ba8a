package com.sneakers.marketplace.functions.httpapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.identity.ProfileService;
import com.sneakers.marketplace.identity.adapter.IdentityModule;
import com.sneakers.marketplace.platform.health.HealthCheck;
import com.sneakers.marketplace.platform.http.Route;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The router and the OpenAPI document describe the same operations. */
class ApiDocumentTest {
    private static final String OTHER_FUNCTION = "x-lambda-function";

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedOperationIsRouted() throws Exception {
        Set<String> routed = new TreeSet<>();
        // Handlers are not called here, so the services behind them are not needed.
        IdentityModule identity = new IdentityModule(null, null, new ProfileService(null, Clock.systemUTC()), null);
        for (Route route : HttpApiWiring.routes(
                new HealthCheck(List.of(), Duration.ofSeconds(1)),
                identity,
                null,
                null,
                null,
                null,
                null,
                null,
                null)) {
            routed.add(route.key());
        }

        assertThat(routed).isEqualTo(documentedOperations());
    }

    @Test
    void theDocumentNamesNoKeyTwice() {
        ObjectMapper strict = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

        assertThatCode(() -> strict.readTree(DocsEndpoint.resource("openapi.json")))
                .doesNotThrowAnyException();
    }

    @Test
    void operationsServedByAnotherFunctionNameIt() throws Exception {
        assertThat(documentedOperations(false)).containsExactly("POST /api/v1/webhooks/stripe");
    }

    /** The document's operations; those marked x-lambda-function are served by another function. */
    static Set<String> documentedOperations() throws Exception {
        return documentedOperations(true);
    }

    private static Set<String> documentedOperations(boolean servedByThisFunction) throws Exception {
        JsonNode document = new ObjectMapper().readTree(DocsEndpoint.resource("openapi.json"));
        Set<String> operations = new TreeSet<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    if (operation.getValue().has(OTHER_FUNCTION) != servedByThisFunction) {
                        operations.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        return operations;
    }
}
