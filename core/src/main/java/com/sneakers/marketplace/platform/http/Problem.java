package com.sneakers.marketplace.platform.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem detail. Statuses without a more specific meaning use {@code about:blank}
 * with the status phrase as title; validation failures carry {@code errors}, field to message.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, Map<String, String> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String VALIDATION_TYPE = "https://api.sneakers-marketplace.dev/problems/validation";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    public static Problem badRequest(String detail) {
        return of(400, "Bad Request", detail);
    }

    public static Problem validation(Map<String, String> errors) {
        return new Problem(
                VALIDATION_TYPE,
                "Your request is not valid",
                400,
                "One or more fields are invalid; see errors.",
                new LinkedHashMap<>(errors));
    }

    public static Problem unauthorized(String detail) {
        return of(401, "Unauthorized", detail);
    }

    public static Problem forbidden(String detail) {
        return of(403, "Forbidden", detail);
    }

    public static Problem notFound(String detail) {
        return of(404, "Not Found", detail);
    }

    public static Problem conflict(String detail) {
        return of(409, "Conflict", detail);
    }

    public ApiResponse toResponse() {
        return ApiResponse.json(status, this).withHeader("Content-Type", MEDIA_TYPE);
    }
}
