package com.sneakers.marketplace.functions.httpapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sneakers.marketplace.platform.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** HTTP responses in the API's conventions: JSON bodies, RFC 9457 problem details for errors. */
final class Responses {
    private Responses() {}

    static APIGatewayV2HTTPResponse json(int status, Object body) {
        return response(status, "application/json", Json.write(body));
    }

    static APIGatewayV2HTTPResponse problem(int status, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return response(status, "application/problem+json", Json.write(problem));
    }

    private static APIGatewayV2HTTPResponse response(int status, String contentType, String body) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(Map.of("Content-Type", contentType, "Cache-Control", "no-store"))
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }
}
