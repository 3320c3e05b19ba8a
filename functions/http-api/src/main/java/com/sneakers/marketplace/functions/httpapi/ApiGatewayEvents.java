package com.sneakers.marketplace.functions.httpapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sneakers.marketplace.platform.http.ApiRequest;
import com.sneakers.marketplace.platform.http.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Translates between API Gateway's payload 2.0 events and the API's requests and responses. */
final class ApiGatewayEvents {
    private ApiGatewayEvents() {}

    static ApiRequest toRequest(APIGatewayV2HTTPEvent event) {
        Map<String, String> headers = new HashMap<>();
        Optional.ofNullable(event.getHeaders())
                .ifPresent(all -> all.forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value)));
        if (event.getCookies() != null && !event.getCookies().isEmpty()) {
            headers.put("cookie", String.join("; ", event.getCookies()));
        }
        String body = event.getBody();
        byte[] bytes = body == null
                ? new byte[0]
                : event.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        var http = event.getRequestContext().getHttp();
        return new ApiRequest(
                http.getMethod(),
                event.getRawPath(),
                Map.of(),
                Optional.ofNullable(event.getQueryStringParameters()).orElse(Map.of()),
                headers,
                bytes,
                http.getSourceIp(),
                event.getRequestContext().getRequestId(),
                Optional.empty());
    }

    static APIGatewayV2HTTPResponse toEvent(ApiResponse response) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(response.headers())
                .withBody(response.body())
                .withIsBase64Encoded(false)
                .build();
    }
}
