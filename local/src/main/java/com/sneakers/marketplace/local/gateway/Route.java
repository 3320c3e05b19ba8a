package com.sneakers.marketplace.local.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP API route as API Gateway matches it: a method (or ANY) and a path whose segments may be
 * {@code {name}} parameters or a final greedy {@code {name+}}.
 */
public record Route(String method, String path) {
    /** API Gateway's {@code $default} route: every request no other route matches. */
    public static final Route DEFAULT = new Route("ANY", "$default");

    public String routeKey() {
        return isDefault() ? "$default" : method + " " + path;
    }

    private boolean isDefault() {
        return path.equals(DEFAULT.path);
    }

    /** The path parameters when the request matches this route. */
    public Optional<Map<String, String>> match(String requestMethod, String requestPath) {
        if (isDefault()) {
            return Optional.of(Map.of());
        }
        if (!method.equals("ANY") && !method.equalsIgnoreCase(requestMethod)) {
            return Optional.empty();
        }
        List<String> pattern = segments(path);
        List<String> actual = segments(requestPath);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String segment = pattern.get(i);
            if (segment.startsWith("{") && segment.endsWith("+}")) {
                if (i >= actual.size()) {
                    return Optional.empty();
                }
                parameters.put(
                        segment.substring(1, segment.length() - 2), String.join("/", actual.subList(i, actual.size())));
                return Optional.of(parameters);
            }
            if (i >= actual.size()) {
                return Optional.empty();
            }
            if (segment.startsWith("{") && segment.endsWith("}")) {
                parameters.put(segment.substring(1, segment.length() - 1), actual.get(i));
            } else if (!segment.equals(actual.get(i))) {
                return Optional.empty();
            }
        }
        return pattern.size() == actual.size() ? Optional.of(parameters) : Optional.empty();
    }

    /** API Gateway prefers the most specific route: more literal segments, then fewer greedy ones. */
    int specificity() {
        if (isDefault()) {
            return -1;
        }
        int score = 0;
        for (String segment : segments(path)) {
            score += segment.endsWith("+}") ? 0 : segment.startsWith("{") ? 1 : 2;
        }
        return score * 2 + (method.equals("ANY") ? 0 : 1);
    }

    private static List<String> segments(String path) {
        return List.of(path.split("/")).stream()
                .filter(segment -> !segment.isEmpty())
                .toList();
    }
}
