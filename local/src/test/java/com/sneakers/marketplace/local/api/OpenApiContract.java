package com.sneakers.marketplace.local.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that every response the API gives in the tests is one the OpenAPI document describes. */
final class OpenApiContract {
    private static final Path DOCUMENT = Path.of("../functions/http-api/src/main/resources/openapi.json");
    private static final OpenApiInteractionValidator VALIDATOR = validator();
    private static final java.util.Set<String> UNDOCUMENTED_REQUEST =
            java.util.Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    private OpenApiContract() {}

    static void assertDocumented(HttpRequest request, HttpResponse<String> response) {
        URI uri = request.uri();
        SimpleResponse.Builder documented = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach((name, values) -> documented.withHeader(name, values));
        if (!response.body().isEmpty()) {
            documented.withBody(response.body());
        }
        ValidationReport report =
                VALIDATOR.validateResponse(uri.getPath(), Request.Method.valueOf(request.method()), documented.build());
        if (report.getMessages().stream().anyMatch(message -> UNDOCUMENTED_REQUEST.contains(message.getKey()))) {
            return; // a request for no documented operation: its 404/405 problem is checked by the test itself
        }
        if (report.hasErrors()) {
            throw new AssertionError(request.method() + " " + uri.getPath() + " answered " + response.statusCode()
                    + " outside the OpenAPI document:\n" + report + "\nbody: " + response.body());
        }
    }

    private static OpenApiInteractionValidator validator() {
        try {
            return OpenApiInteractionValidator.createForInlineApiSpecification(Files.readString(DOCUMENT))
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the OpenAPI document " + DOCUMENT, e);
        }
    }
}
