package com.sneakers.marketplace.functions.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedOperationIsRouted() throws Exception {
        Set<String> routed = new TreeSet<>();
        // Handlers are not called here, so the services behind them are not needed.
        IdentityModule identity = new IdentityModule(null, null, new ProfileService(null, Clock.systemUTC()), null);
        for (Route route : HttpApiWiring.routes(
                new HealthCheck(List.of(), Duration.ofSeconds(1)), identity, null, null, null, null)) {
            routed.add(route.key());
        }

        assertThat(routed).isEqualTo(documentedOperations());
    }

    static Set<String> documentedOperations() throws Exception {
        JsonNode document = new ObjectMapper().readTree(DocsEndpoint.resource("openapi.json"));
        Set<String> operations = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue()
                .fieldNames()
                .forEachRemaining(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }
}
