package com.sneakers.marketplace.platform.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of the API: method, path template ({@code /api/v1/products/{id}}), who may call
 * it, whether it honours {@code Idempotency-Key}, and whether its answer may be cached publicly.
 */
public record Route(
        String method,
        String path,
        Access access,
        boolean honoursIdempotencyKey,
        Duration publicMaxAge,
        Handler handler) {

    public enum Access {
        PUBLIC,
        USER,
        ADMIN
    }

    public static Route get(String path, Access access, Handler handler) {
        return new Route("GET", path, access, false, Duration.ZERO, handler);
    }

    public static Route post(String path, Access access, Handler handler) {
        return new Route("POST", path, access, false, Duration.ZERO, handler);
    }

    public static Route put(String path, Access access, Handler handler) {
        return new Route("PUT", path, access, false, Duration.ZERO, handler);
    }

    public static Route delete(String path, Access access, Handler handler) {
        return new Route("DELETE", path, access, false, Duration.ZERO, handler);
    }

    /** Creates something: a retry with the same {@code Idempotency-Key} returns the first answer. */
    public Route withIdempotencyKey() {
        return new Route(method, path, access, true, publicMaxAge, handler);
    }

    /** A public read: {@code Cache-Control: public} for five minutes, an {@code ETag}, 304 on a matching {@code If-None-Match}. */
    public Route cacheable() {
        return cacheable(Duration.ofMinutes(5));
    }

    /** A public read whose content changes faster, such as market prices. */
    public Route cacheable(Duration maxAge) {
        return new Route(method, path, access, honoursIdempotencyKey, maxAge, handler);
    }

    public boolean publiclyCacheable() {
        return !publicMaxAge.isZero();
    }

    public String key() {
        return method + " " + path;
    }

    /** The path parameters when the path fits this route's template. */
    public Optional<Map<String, String>> matchPath(String requestPath) {
        List<String> template = segments(path);
        List<String> actual = segments(requestPath);
        if (template.size() != actual.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String segment = template.get(i);
            if (segment.startsWith("{") && segment.endsWith("}")) {
                parameters.put(segment.substring(1, segment.length() - 1), actual.get(i));
            } else if (!segment.equals(actual.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    int literalSegments() {
        return (int) segments(path).stream()
                .filter(segment -> !segment.startsWith("{"))
                .count();
    }

    private static List<String> segments(String path) {
        return List.of(path.split("/")).stream()
                .filter(segment -> !segment.isEmpty())
                .toList();
    }
}
