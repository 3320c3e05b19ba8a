package com.sneakers.marketplace.platform.http;

import com.sneakers.marketplace.platform.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP response: status, headers and a text body. */
public record ApiResponse(int status, Map<String, String> headers, String body) {
    public static final String JSON = "application/json";

    public static ApiResponse json(int status, Object body) {
        return new ApiResponse(status, Map.of("Content-Type", JSON), Json.write(body));
    }

    public static ApiResponse ok(Object body) {
        return json(200, body);
    }

    public static ApiResponse created(Object body) {
        return json(201, body);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, Map.of(), "");
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, copy, body);
    }

    public ApiResponse withHeaders(Map<String, String> more) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.putAll(more);
        return new ApiResponse(status, copy, body);
    }
}
