package com.sneakers.marketplace.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.local.template.Maps;
import com.sneakers.marketplace.local.template.Template;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** template.yaml routes exactly the operations the OpenAPI document describes, each to its function. */
class TemplateRoutesTest {
    /** Operations are the REST API function's unless the document names another (x-lambda-function). */
    private static final String DEFAULT_FUNCTION = "HttpApiFunction";

    private static final Path DOCUMENT = Path.of("../functions/http-api/src/main/resources/openapi.json");

    @Test
    void theTemplateDeclaresEveryDocumentedOperationOnItsFunctionAndNoOther() throws Exception {
        Template template = Template.read(TestStacks.MARKETPLACE_TEMPLATE);
        Set<String> declared = new TreeSet<>();
        template.resources().forEach((logicalId, resource) -> {
            if (!"AWS::Serverless::Function".equals(resource.type())) {
                return;
            }
            Maps.child(resource.properties(), "Events").values().forEach(event -> {
                Map<String, Object> properties = Maps.child(Maps.cast(event), "Properties");
                if ("HttpApi".equals(Maps.cast(event).get("Type")) && properties.containsKey("Path")) {
                    declared.add(logicalId + ": " + properties.get("Method") + " " + properties.get("Path"));
                }
            });
        });

        JsonNode document = new ObjectMapper().readTree(DOCUMENT.toFile());
        Set<String> documented = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue()
                .fields()
                .forEachRemaining(operation -> documented.add(
                        operation.getValue().path("x-lambda-function").asText(DEFAULT_FUNCTION) + ": "
                                + operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertThat(declared).isEqualTo(documented);
    }
}
