package com.sneakers.marketplace.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.platform.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as the API sees it, independent of how it arrived: header names are lower-case,
 * the body is raw bytes, and {@code caller} is set once the access token was verified.
 */
public record ApiRequest(
        String method,
        String path,
        Map<String, String> pathParameters,
        Map<String, String> query,
        Map<String, String> headers,
        byte[] body,
        String sourceIp,
        String requestId,
        Optional<Caller> caller) {

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(query.get(name));
    }

    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalStateException("Route has no path parameter " + name);
        }
        return value;
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The JSON object in the body, or a 400 problem when it is missing or not a JSON object. */
    public JsonFields json() {
        if (!hasBody()) {
            throw new ProblemException(Problem.badRequest("The request needs a JSON body."));
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(body);
        } catch (Exception malformed) {
            throw new ProblemException(Problem.badRequest("The request body is not well-formed JSON."));
        }
        if (node == null || !node.isObject()) {
            throw new ProblemException(Problem.badRequest("The request body must be a JSON object."));
        }
        return new JsonFields(node);
    }

    /** The verified caller; only called on routes that require authentication. */
    public Caller requireCaller() {
        return caller.orElseThrow(() -> new IllegalStateException("Route requires a caller but none was set"));
    }

    public ApiRequest withCaller(Caller verified) {
        return new ApiRequest(
                method, path, pathParameters, query, headers, body, sourceIp, requestId, Optional.of(verified));
    }

    public ApiRequest withPathParameters(Map<String, String> parameters) {
        return new ApiRequest(method, path, Map.copyOf(parameters), query, headers, body, sourceIp, requestId, caller);
    }
}
