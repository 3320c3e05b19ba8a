package com.sneakers.marketplace.platform.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cross-origin rules: which origins may call the API from a browser, and the preflight answer. */
public final class Cors {
    private static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key, If-None-Match";
    private static final String EXPOSED_HEADERS =
            "ETag, Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, X-Request-Id";

    private final List<String> allowedOrigins;

    /** @param allowedOrigins origins such as {@code https://shop.example}, or {@code *} for any */
    public Cors(List<String> allowedOrigins) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
    }

    public static Cors fromSetting(String commaSeparatedOrigins) {
        return new Cors(List.of(commaSeparatedOrigins.split("\\s*,\\s*")));
    }

    public boolean isPreflight(ApiRequest request) {
        return request.method().equals("OPTIONS")
                && request.header("Origin").isPresent()
                && request.header("Access-Control-Request-Method").isPresent();
    }

    public ApiResponse preflight(ApiRequest request) {
        Map<String, String> headers = new LinkedHashMap<>(originHeaders(request));
        if (headers.containsKey("Access-Control-Allow-Origin")) {
            headers.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
            headers.put("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            headers.put("Access-Control-Max-Age", "600");
        }
        return new ApiResponse(204, headers, "");
    }

    public ApiResponse decorate(ApiRequest request, ApiResponse response) {
        Map<String, String> headers = originHeaders(request);
        if (headers.containsKey("Access-Control-Allow-Origin")) {
            return response.withHeaders(headers).withHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        return response.withHeaders(headers);
    }

    private Map<String, String> originHeaders(ApiRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Vary", "Origin");
        allowed(request.header("Origin")).ifPresent(origin -> headers.put("Access-Control-Allow-Origin", origin));
        return headers;
    }

    private Optional<String> allowed(Optional<String> origin) {
        if (origin.isEmpty()) {
            return Optional.empty();
        }
        if (allowedOrigins.contains("*")) {
            return Optional.of("*");
        }
        return origin.filter(allowedOrigins::contains);
    }
}
